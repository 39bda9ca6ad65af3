using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>What to list.</summary>
/// <param name="Role">Only this role's key, or null.</param>
/// <param name="HeldOn">Only appointments in office on this day, or null for all, past and future.</param>
/// <param name="OpenOnly">Only appointments no later appointment to the same seat has succeeded (what reports read).</param>
public sealed record AppointmentFilter(string? Role = null, LocalDate? HeldOn = null, bool OpenOnly = false);
