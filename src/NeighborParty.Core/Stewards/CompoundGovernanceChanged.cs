using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>The owners' committee or property management of a compound was recorded or changed.</summary>
/// <param name="GovernanceId">The record.</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="OccurredAt">When.</param>
public sealed record CompoundGovernanceChanged(CompoundGovernanceId GovernanceId, Organization.PlaceId CompoundId, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "governance.changed";

    string IAuditedEvent.AuditSummary => $"Recorded the owners' committee and property management of compound {CompoundId}";
}
