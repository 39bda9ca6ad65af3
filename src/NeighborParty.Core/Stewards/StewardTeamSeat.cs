using NeighborParty.Membership;
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
