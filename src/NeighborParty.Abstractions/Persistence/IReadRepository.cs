using Ardalis.Specification;
using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// Reads aggregates of type <typeparamref name="T"/> through Ardalis specifications.
/// </summary>
/// <typeparam name="T">An aggregate root.</typeparam>
/// <remarks>
/// Implement it over your own storage to plug it in; the library ships an in-memory implementation (in
/// <c>NeighborParty.Core</c>) and an Entity Framework Core one (in <c>NeighborParty.EntityFrameworkCore</c>).
/// Specifications must be evaluated where the data is (SQL for a database), never by loading every row.
/// </remarks>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot
{
}
