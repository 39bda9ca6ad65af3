namespace NeighborParty.Domain;

/// <summary>
/// Delivers domain events to their handlers after the change that raised them has been stored.
/// </summary>
/// <remarks>
/// Repositories call the dispatcher after a successful save, so a handler never sees an event whose change was lost.
/// Implementations must be safe to call from several threads at once.
/// </remarks>
public interface IDomainEventDispatcher
{
    /// <summary>Delivers <paramref name="domainEvents"/> in order to every registered handler.</summary>
    /// <param name="domainEvents">The events to deliver, oldest first.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when every handler has run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvents"/> is null.</exception>
    Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken = default);
}
