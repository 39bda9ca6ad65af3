using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>The Red Steward team (红色管家) of a compound on a day: the branch's officers, group leaders, owners'-committee members who are Party members, building leaders, grid workers and liaisons.</summary>
/// <param name="CompoundId">The compound.</param>
/// <param name="CompoundName">Its name.</param>
/// <param name="BranchId">The branch covering it, or null.</param>
/// <param name="BranchName">The branch's name, or null.</param>
/// <param name="On">The day.</param>
/// <param name="Seats">Who holds what, by site and role.</param>
/// <param name="CrossHolding">Whether the secretary also chairs the owners' committee (一肩挑).</param>
/// <param name="Governance">The owners' committee and property record, or null.</param>
public sealed record StewardTeam(PlaceId CompoundId, string CompoundName, OrganizationUnitId? BranchId, string? BranchName, LocalDate On,
    IReadOnlyList<StewardTeamSeat> Seats, bool CrossHolding, CompoundGovernance? Governance);
