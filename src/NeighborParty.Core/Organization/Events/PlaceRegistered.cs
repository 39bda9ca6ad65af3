using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>A place was registered in the tree of places.</summary>
/// <param name="PlaceId">The new place.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="ParentId">Its parent place, or null for a district.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PlaceRegistered(PlaceId PlaceId, PlaceKind Kind, PlaceId? ParentId, string Name, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "place.registered";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Registered {Kind} {Name} ({PlaceId})"+(ParentId is { } p ? $" under {p}" : string.Empty);
}
