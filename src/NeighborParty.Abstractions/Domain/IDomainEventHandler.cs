namespace NeighborParty.Domain;

/// <summary>
/// Handles one kind of domain event; register implementations in the service collection.
/// </summary>
/// <typeparam name="TEvent">The kind of event handled.</typeparam>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    /// <summary>Handles <paramref name="domainEvent"/>.</summary>
    /// <param name="domainEvent">The event, raised in the commit under way (stage changes; do not commit).</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>A task that completes when the event has been handled.</returns>
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken = default);
}
