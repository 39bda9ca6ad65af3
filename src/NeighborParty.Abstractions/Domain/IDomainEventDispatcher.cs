namespace NeighborParty.Domain;

/// <summary>
/// Delivers domain events to their handlers within the commit that raised them.
/// </summary>
/// <remarks>
/// The unit of work (<see cref="Persistence.IUnitOfWork"/>) calls the dispatcher during a commit, before the write:
/// whatever a handler stages joins the same commit, and if a handler fails nothing is stored. Implementations must be
/// safe to call from several threads at once.
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
