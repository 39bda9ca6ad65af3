using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// Set-based reads run where the data is: a count or a sum grouped by keys (a district's ledger counted per branch, the
/// seats held per unit) is written once in LINQ over one aggregate type, and a database store runs it as SQL
/// (<c>GROUP BY</c>) while the in-memory store runs it over its rows — never loading aggregates to count them.
/// </summary>
/// <remarks>
/// <para>The library registers an implementation for its in-memory store and one that works over any store's
/// <see cref="IReadRepository{T}"/> (it reads every aggregate of the type, so it is correct but not set-based); the EF
/// Core package registers one that runs the query in SQL. A store of your own may register one that translates the
/// query for its storage.</para>
/// <para>The rows the query sees are read-only: never change them. Scoped; not thread-safe.</para>
/// </remarks>
public interface IAggregateQueries
{
    /// <summary>Runs <paramref name="query"/> over every stored aggregate of type <typeparamref name="T"/> and returns its results.</summary>
    /// <typeparam name="T">The aggregate the query reads.</typeparam>
    /// <typeparam name="TResult">What the query returns per row (e.g. a group's key and counts).</typeparam>
    /// <param name="query">Builds the query from the aggregates (filter, group, project); it must be translatable by a database store (no method calls a provider cannot run).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    Task<List<TResult>> ListAsync<T, TResult>(Func<IQueryable<T>, IQueryable<TResult>> query, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot;
}
