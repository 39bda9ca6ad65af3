using NodaTime;

namespace NeighborParty.Domain;

/// <summary>
/// Something that happened in the domain, recorded by an aggregate when a change succeeds.
/// </summary>
/// <remarks>Domain events are plain immutable records; hosts dispatch them through <see cref="IDomainEventDispatcher"/>.</remarks>
public interface IDomainEvent
{
    /// <summary>Gets the instant at which the change happened, taken from the library's <see cref="IClock"/>.</summary>
    Instant OccurredAt { get; }
}
