using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>An election was postponed or advanced with approval (TR-3): the term's end moved.</summary>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="Role">The role's key.</param>
/// <param name="Before">The old last day.</param>
/// <param name="After">The new last day.</param>
/// <param name="OccurredAt">When.</param>
public sealed record AppointmentTermChanged(AppointmentId AppointmentId, string Role, LocalDate Before, LocalDate After, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "appointment.term-changed";

    string IAuditedEvent.AuditSummary => $"Moved the end of appointment {AppointmentId} as {Role} from {Before:uuuu-MM-dd} to {After:uuuu-MM-dd} (TR-3)";
}
