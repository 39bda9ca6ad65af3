using NeighborParty.Organization;

namespace NeighborParty.Formation;

/// <summary>
/// What a district, street or community must act on (BR-1…BR-7): compounds that should have a branch and have
/// none, compounds too small for one (joint-branch candidates), branches that no longer meet the conditions,
/// branches that need a committee, branches to divide into groups, and branches over the size limit.
/// </summary>
/// <param name="Scope">The place swept.</param>
/// <param name="Compounds">How many compounds were assessed.</param>
/// <param name="Branches">How many compound-level branches were assessed.</param>
/// <param name="ShouldFormBranch">Compounds without a branch that have enough full members (BR-1).</param>
/// <param name="ShouldJoinJointBranch">Compounds without a branch with members but too few full members (BR-3).</param>
/// <param name="NoLongerMeetConditions">Branches with too few full members (BR-7).</param>
/// <param name="CommitteeRequired">Branches with enough full members for a committee (BR-4); whether one exists is known once committees are recorded.</param>
/// <param name="ShouldDivideIntoGroups">Branches large enough to be divided into party groups (BR-6).</param>
/// <param name="TooLarge">Branches over the size limit (BR-2).</param>
public sealed record FormationSweep(PlaceId Scope, int Compounds, int Branches,
    IReadOnlyList<FormationSweepItem> ShouldFormBranch, IReadOnlyList<FormationSweepItem> ShouldJoinJointBranch,
    IReadOnlyList<FormationSweepItem> NoLongerMeetConditions, IReadOnlyList<FormationSweepItem> CommitteeRequired,
    IReadOnlyList<FormationSweepItem> ShouldDivideIntoGroups, IReadOnlyList<FormationSweepItem> TooLarge);
