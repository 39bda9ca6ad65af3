using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Care;

/// <summary>A step of a care record; audited without personal details (the record id and the step only).</summary>
/// <param name="Id">The record.</param>
/// <param name="Step">What happened (registered, guardian-added, contact, escalated, action-done, moved, closed).</param>
/// <param name="OccurredAt">When.</param>
public sealed record CareChanged(Guid Id, string Step, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "care." + Step;

    string IAuditedEvent.AuditSummary => $"care record {Id} {Step}";
}
