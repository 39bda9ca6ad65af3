using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>A place was renamed or its compound details changed.</summary>
/// <param name="PlaceId">The place.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PlaceChanged(PlaceId PlaceId, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "place.changed";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Changed place {PlaceId}";
}
