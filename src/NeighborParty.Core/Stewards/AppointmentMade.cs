using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>Someone was appointed to a role.</summary>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="Role">The role's key.</param>
/// <param name="Holder">The holder's name.</param>
/// <param name="Term">The term.</param>
/// <param name="OccurredAt">When.</param>
public sealed record AppointmentMade(AppointmentId AppointmentId, string Role, string Holder, DateInterval Term, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "appointment.made";

    string IAuditedEvent.AuditSummary => $"Appointed {Holder} as {Role} for {Term.Start:uuuu-MM-dd}..{Term.End:uuuu-MM-dd}";
}
