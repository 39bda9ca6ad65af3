using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// What the coverage report reads: the places, branches, member counts and appointments of a scope. Places and
/// appointments come as the report reads them (<see cref="PlaceNode"/>, <see cref="CoverageTerm"/>), which a store
/// projects without building aggregates; <see cref="PlaceNode.Of"/> and <see cref="CoverageTerm.Of"/> read aggregates.
/// </summary>
/// <param name="Scope">The place the report is for.</param>
/// <param name="Compounds">The compounds in the scope.</param>
/// <param name="Buildings">The buildings in the scope.</param>
/// <param name="Branches">The live compound-level branches covering them.</param>
/// <param name="BranchFullMembers">The full members counted for BR-4 of each branch, in the order of <paramref name="Branches"/>.</param>
/// <param name="Appointments">The appointments at those branches, their groups and the scope's places (past, present and future).</param>
/// <param name="Governance">The owners' committees and property records of the compounds.</param>
/// <param name="Today">The day the report is for.</param>
public sealed record StewardCoverageInput(PlaceId Scope, IReadOnlyList<PlaceNode> Compounds, IReadOnlyList<PlaceNode> Buildings, IReadOnlyList<OrganizationUnit> Branches,
    IReadOnlyList<int> BranchFullMembers, IReadOnlyList<CoverageTerm> Appointments, IReadOnlyList<CompoundGovernance> Governance, LocalDate Today);
