using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NeighborParty.Requests;

namespace NeighborParty.Accounting;

/// <summary>Everything a roll-up reads, as lists (the in-memory store's contents).</summary>
/// <param name="Places">The places (for the compounds a unit covers).</param>
/// <param name="Units">The organisation units.</param>
/// <param name="Positions">The positions.</param>
/// <param name="Teams">The teams.</param>
/// <param name="Partners">The partners.</param>
/// <param name="Activities">The activities.</param>
/// <param name="Projects">The projects.</param>
/// <param name="Requests">The requests.</param>
/// <param name="Care">The care records, or null for none.</param>
public sealed record RollUpData(IReadOnlyList<Place> Places, IReadOnlyList<OrganizationUnit> Units, IReadOnlyList<Position> Positions, IReadOnlyList<DeployedTeam> Teams,
    IReadOnlyList<Partner> Partners, IReadOnlyList<Activity> Activities, IReadOnlyList<Project> Projects, IReadOnlyList<ResidentRequest> Requests,
    IReadOnlyList<Care.CareRecord>? Care = null);
