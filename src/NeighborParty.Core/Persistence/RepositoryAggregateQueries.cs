using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// Runs <see cref="IAggregateQueries"/> over any store: reads every aggregate of the type through its
/// <see cref="IReadRepository{T}"/> and runs the query in memory. Correct for any store; a store with its own query
/// engine registers an <see cref="IAggregateQueries"/> that runs the query there instead.
/// </summary>
/// <param name="services">The scope's services.</param>
internal sealed class RepositoryAggregateQueries(IServiceProvider services) : IAggregateQueries
{
    public async Task<List<TResult>> ListAsync<T, TResult>(Func<IQueryable<T>, IQueryable<TResult>> query, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = await services.GetRequiredService<IReadRepository<T>>().ListAsync(cancellationToken);
        return [.. query(all.AsQueryable())];
    }
}
