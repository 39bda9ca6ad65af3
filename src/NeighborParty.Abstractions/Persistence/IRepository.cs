using Ardalis.Specification;
using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// Reads and stores aggregates of type <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">An aggregate root.</typeparam>
/// <remarks>
/// After a successful save, an implementation dispatches the aggregates' domain events through
/// <see cref="IDomainEventDispatcher"/> and clears them.
/// </remarks>
public interface IRepository<T> : IRepositoryBase<T>, IReadRepository<T>
    where T : class, IAggregateRoot
{
}
