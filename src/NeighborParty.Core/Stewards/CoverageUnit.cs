using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>A branch named in a report.</summary>
/// <param name="Id">The unit.</param>
/// <param name="Name">Its name.</param>
/// <param name="FullMembers">Its full members counted for BR-4.</param>
public sealed record CoverageUnit(OrganizationUnitId Id, string Name, int FullMembers);
