using NeighborParty.Organization;

namespace NeighborParty.Formation;

/// <summary>
/// What a district, street or community (a county, township or village) must act on (BR-1…BR-7): places of the
/// schema's branch level that should have a branch and have none, places too small for one (joint-branch
/// candidates), branches that no longer meet the conditions, branches that need a committee and have none in office,
/// branches to divide into groups, and branches over the size limit.
/// </summary>
/// <param name="Scope">The place swept.</param>
/// <param name="Assessed">What the schema calls the places assessed (小区, 网格, 村): <see cref="HierarchySchema.PlaceName"/> of its <see cref="HierarchySchema.BranchPlaceKind"/>.</param>
/// <param name="Places">How many such places were assessed.</param>
/// <param name="Branches">How many branches at the schema's branch levels were assessed.</param>
/// <param name="ShouldFormBranch">Places without a branch that have enough full members (BR-1).</param>
/// <param name="ShouldJoinJointBranch">Places without a branch with members but too few full members (BR-3).</param>
/// <param name="NoLongerMeetConditions">Branches with too few full members (BR-7).</param>
/// <param name="CommitteeRequired">
/// Branches with enough full members for a committee (BR-4) and none in office: a branch whose committee is in office
/// with the policy's size reads <see cref="FormationVerdict.CommitteeInPlace"/> instead and is not listed.
/// </param>
/// <param name="ShouldDivideIntoGroups">Branches large enough to be divided into party groups (BR-6).</param>
/// <param name="TooLarge">Branches over the size limit (BR-2).</param>
public sealed record FormationSweep(PlaceId Scope, PlaceLevelName Assessed, int Places, int Branches,
    IReadOnlyList<FormationSweepItem> ShouldFormBranch, IReadOnlyList<FormationSweepItem> ShouldJoinJointBranch,
    IReadOnlyList<FormationSweepItem> NoLongerMeetConditions, IReadOnlyList<FormationSweepItem> CommitteeRequired,
    IReadOnlyList<FormationSweepItem> ShouldDivideIntoGroups, IReadOnlyList<FormationSweepItem> TooLarge);
