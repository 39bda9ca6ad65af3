using NeighborParty.Domain;

namespace NeighborParty.Common;

/// <summary>What every repository does after a successful save.</summary>
public static class DomainEventDispatcherExtensions
{
    /// <summary>
    /// Collects the domain events of <paramref name="aggregates"/> in order, clears them on the aggregates and
    /// delivers them; does nothing when there are none.
    /// </summary>
    /// <param name="dispatcher">The dispatcher.</param>
    /// <param name="aggregates">The aggregates just stored.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when every handler has run.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task DispatchAndClearAsync(this IDomainEventDispatcher dispatcher, IEnumerable<IHasDomainEvents> aggregates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(aggregates);
        var events = new List<IDomainEvent>();
        foreach (var aggregate in aggregates)
        {
            events.AddRange(aggregate.DomainEvents);
            aggregate.ClearDomainEvents();
        }

        if (events.Count > 0)
        {
            await dispatcher.DispatchAsync(events, cancellationToken);
        }
    }
}
