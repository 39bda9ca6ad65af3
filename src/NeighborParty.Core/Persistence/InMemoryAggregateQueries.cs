using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>Runs <see cref="IAggregateQueries"/> over the in-memory store's rows, in place (no copies are made to count them).</summary>
/// <param name="store">The store.</param>
internal sealed class InMemoryAggregateQueries(InMemoryStore store) : IAggregateQueries
{
    public Task<List<TResult>> ListAsync<T, TResult>(Func<IQueryable<T>, IQueryable<TResult>> query, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(query(store.Stored<T>().AsQueryable()).ToList());
    }
}
