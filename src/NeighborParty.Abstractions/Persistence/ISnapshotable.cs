using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// The persistence contract of an aggregate for stores that keep data rather than objects: the aggregate's whole
/// state as an immutable snapshot (plain properties, ids, NodaTime values and lists of child snapshots, serializable
/// as they are), and the way back from a snapshot and the stored version. No reflection and no access to the
/// aggregate's internals is needed.
/// </summary>
/// <typeparam name="TSelf">The aggregate.</typeparam>
/// <typeparam name="TSnapshot">Its snapshot record.</typeparam>
/// <remarks><c>FromSnapshot(x.ToSnapshot(), x.Version)</c> gives an aggregate equal in state to <c>x</c>, without pending events.</remarks>
public interface ISnapshotable<TSelf, TSnapshot> : IAggregateRoot
    where TSelf : class, ISnapshotable<TSelf, TSnapshot>
    where TSnapshot : class
{
    /// <summary>Captures the aggregate's state.</summary>
    /// <returns>A snapshot that shares nothing mutable with the aggregate.</returns>
    TSnapshot ToSnapshot();

    /// <summary>Rebuilds an aggregate from a stored snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="version">The stored version (1 or more).</param>
    /// <returns>The aggregate, with no pending events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    static abstract TSelf FromSnapshot(TSnapshot snapshot, long version);
}
