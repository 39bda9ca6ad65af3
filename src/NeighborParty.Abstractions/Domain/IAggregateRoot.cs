namespace NeighborParty.Domain;

/// <summary>
/// The root of an aggregate: the only kind of object a repository loads and a unit of work stores.
/// </summary>
/// <remarks>
/// Everything inside an aggregate is changed through its root, which guards the aggregate's invariants.
/// Repositories (<see cref="Persistence.IRepository{T}"/>) are constrained to this interface so that no part of an
/// aggregate is persisted on its own. A store keys the aggregate by <see cref="Key"/> and keeps <see cref="Version"/>
/// as its concurrency token (see <see cref="Persistence.IAggregateStore"/>).
/// </remarks>
public interface IAggregateRoot
{
    /// <summary>Gets the storage key: the GUID of the aggregate's strongly typed id, never empty once created.</summary>
    Guid Key { get; }

    /// <summary>
    /// Gets the stored version: 0 until the aggregate is first stored, 1 after that, and one more on every stored
    /// change.
    /// </summary>
    long Version { get; }
}
