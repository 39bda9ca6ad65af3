using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>An appointment a report points at.</summary>
/// <param name="Id">The appointment.</param>
/// <param name="Role">The role's key.</param>
/// <param name="RoleName">The role's English name.</param>
/// <param name="RoleNameZh">The role's Chinese name.</param>
/// <param name="Holder">The holder's name.</param>
/// <param name="Site">Where.</param>
/// <param name="SiteId">The unit or place.</param>
/// <param name="SiteName">Its name, when the report knows it.</param>
/// <param name="Grid">The grid, or null.</param>
/// <param name="Start">The first day.</param>
/// <param name="LastDay">The last day (of the term, or in office when it ended early).</param>
/// <param name="EndReason">Why it ended early, or null.</param>
/// <param name="Rule">The rule behind the reminder (<c>TR-4</c> ending soon, <c>TR-3</c> an overdue election), or null for local roles.</param>
public sealed record AppointmentReminder(AppointmentId Id, string Role, string RoleName, string RoleNameZh, string Holder, RoleSite Site, Guid SiteId, string? SiteName,
    string? Grid, LocalDate Start, LocalDate LastDay, AppointmentEndReason? EndReason, string? Rule);
