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

/// <summary>The owners' committee or property management of a compound was recorded or changed.</summary>
/// <param name="GovernanceId">The record.</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="OccurredAt">When.</param>
public sealed record CompoundGovernanceChanged(CompoundGovernanceId GovernanceId, Organization.PlaceId CompoundId, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "governance.changed";

    string IAuditedEvent.AuditSummary => $"Recorded the owners' committee and property management of compound {CompoundId}";
}
