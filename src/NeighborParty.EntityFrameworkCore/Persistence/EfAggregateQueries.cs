using Microsoft.EntityFrameworkCore;
using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>Runs <see cref="IAggregateQueries"/> as SQL: the query is translated by EF Core (a <c>GROUP BY</c> returns its groups, never the rows), without tracking.</summary>
/// <param name="db">The scope's context.</param>
internal sealed class EfAggregateQueries(NeighborPartyDbContext db) : IAggregateQueries
{
    public Task<List<TResult>> ListAsync<T, TResult>(Func<IQueryable<T>, IQueryable<TResult>> query, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(query);
        return query(LoadShape.Of<T>(db).AsNoTracking()).ToListAsync(cancellationToken);
    }
}
