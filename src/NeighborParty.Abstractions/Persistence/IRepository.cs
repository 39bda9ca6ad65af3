using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// Reads aggregates of type <typeparamref name="T"/> and stages their changes in the current
/// <see cref="IUnitOfWork"/>: nothing is written until the unit of work commits, and then all of it or none.
/// </summary>
/// <typeparam name="T">An aggregate root.</typeparam>
/// <remarks>
/// Scoped: one per unit of work. Within one unit of work an aggregate is loaded as one object, however often it is
/// read. Staging the same aggregate twice stages it once. Not thread-safe.
/// </remarks>
public interface IRepository<T> : IReadRepository<T>
    where T : class, IAggregateRoot
{
    /// <summary>Stages a new aggregate; it is stored with version 1 when the unit of work commits.</summary>
    /// <param name="aggregate">The new aggregate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The aggregate is already stored (its version is not 0).</exception>
    void Add(T aggregate);

    /// <summary>
    /// Stages the changes of a loaded aggregate; the commit stores them only if the stored version is still the one
    /// it was loaded with, and stores version + 1.
    /// </summary>
    /// <param name="aggregate">The changed aggregate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    void Update(T aggregate);

    /// <summary>Stages the removal of a loaded aggregate (checked against its version like an update).</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    void Remove(T aggregate);
}
