namespace NeighborParty.Persistence;

/// <summary>
/// A repository that can store many new and changed aggregates in one transaction: all of them, or none (e.g. a
/// ledger import that must land whole).
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
public interface IBatchRepository<T> : IRepository<T>
    where T : class, Domain.IAggregateRoot
{
    /// <summary>Adds <paramref name="added"/> and stores the changes of <paramref name="updated"/> in one transaction.</summary>
    /// <param name="added">New aggregates.</param>
    /// <param name="updated">Changed aggregates (loaded from this repository).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of aggregates stored.</returns>
    Task<int> SaveBatchAsync(IReadOnlyCollection<T> added, IReadOnlyCollection<T> updated, CancellationToken cancellationToken = default);
}
