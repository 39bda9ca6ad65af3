using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>One person in one role of a compound's Red Steward team.</summary>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="Role">The role's key.</param>
/// <param name="RoleName">The role's English name.</param>
/// <param name="RoleNameZh">The role's Chinese name.</param>
/// <param name="Holder">The holder's name.</param>
/// <param name="HolderKind">Member or resident (a respected resident, 贤达人士, need not be a member).</param>
/// <param name="Since">The first day in office.</param>
/// <param name="Until">The last day of the term.</param>
/// <param name="Site">Where.</param>
/// <param name="SiteName">The branch, group, building, grid or compound.</param>
/// <param name="Category">For a member: retired, in service, …; null for a resident.</param>
/// <param name="Status">For a member: full or probationary; null for a resident.</param>
/// <param name="CrossHolding">Whether the holder is the secretary who also chairs the owners' committee (一肩挑).</param>
public sealed record StewardTeamSeat(AppointmentId AppointmentId, string Role, string RoleName, string RoleNameZh, string Holder, HolderKind HolderKind,
    LocalDate Since, LocalDate Until, RoleSite Site, string SiteName, MemberCategory? Category, MemberStatus? Status, bool CrossHolding);

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
