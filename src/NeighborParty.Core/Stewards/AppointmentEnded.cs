using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>An appointment ended before its term.</summary>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="Role">The role's key.</param>
/// <param name="LastDay">The last day in office.</param>
/// <param name="Reason">Why.</param>
/// <param name="OccurredAt">When.</param>
public sealed record AppointmentEnded(AppointmentId AppointmentId, string Role, LocalDate LastDay, AppointmentEndReason Reason, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "appointment.ended";

    string IAuditedEvent.AuditSummary => $"Ended appointment {AppointmentId} as {Role} on {LastDay:uuuu-MM-dd} ({Reason})";
}
