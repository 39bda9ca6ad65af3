namespace NeighborParty.Domain;

/// <summary>
/// Marks the root of an aggregate: the only kind of object a repository loads and stores.
/// </summary>
/// <remarks>
/// Everything inside an aggregate is changed through its root, which guards the aggregate's invariants.
/// Repositories (<see cref="Persistence.IRepository{T}"/>) are constrained to this marker so that no part of an
/// aggregate is persisted on its own.
/// </remarks>
public interface IAggregateRoot
{
}
