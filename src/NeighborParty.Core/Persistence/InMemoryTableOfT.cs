using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NeighborParty.Common;

namespace NeighborParty.Persistence;

/// <summary>
/// The rows of one aggregate type. A row keeps the snapshot written (a private copy of the caller's aggregate) and,
/// once something reads it, the object rebuilt from that snapshot; copies handed out are rebuilt from the same snapshot.
/// A new aggregate handed over (<see cref="HandOver"/>: nothing else holds it) is kept itself, and its snapshot is made
/// on its first copy.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
/// <typeparam name="TSnapshot">Its snapshot.</typeparam>
/// <remarks>Every member except <see cref="Copy"/> is called under the store's lock.</remarks>
internal sealed class InMemoryTable<T, TSnapshot>(Func<T, object?>? uniqueKey) : InMemoryTable, IInMemoryTable<T>
    where T : class, ISnapshotable<T, TSnapshot>
    where TSnapshot : class
{
    private readonly Dictionary<Guid, Row> _rows = [];
    private readonly Dictionary<object, Guid> _keys = [];
    private T[]? _all;

    public override Pending Prepare(AggregateChange change)
    {
        if (change.Aggregate is not T aggregate)
        {
            throw new ArgumentException($"A {change.Aggregate.GetType().Name} does not belong in the table of {typeof(T).Name}.", nameof(change));
        }

        // The snapshot is the private copy; the object is rebuilt from it only when something reads the row.
        if (change.Kind == AggregateChangeKind.Removed)
        {
            return new Pending(null, null);
        }

        var unique = uniqueKey?.Invoke(aggregate);

        // A new aggregate nothing else holds (see HandOver) is kept itself: there is no one to be isolated from.
        return change.Kind == AggregateChangeKind.Added && HandOver.IsMarked(aggregate)
            ? new Pending(aggregate, unique)
            : new Pending(aggregate.ToSnapshot(), unique);
    }

    public override bool Holds(object aggregate) => aggregate.GetType() == typeof(T);

    public override bool Check(in AggregateChange change, in Pending pending, KeyClaims claims, Func<InMemoryTable, Guid, bool> writtenInBatch)
    {
        var key = change.Aggregate.Key;
        var found = _rows.TryGetValue(key, out var stored);
        if (change.Kind == AggregateChangeKind.Added && found)
        {
            throw new RuleViolationException(new RuleViolation("NP-GEN-002", $"An item with id {key} already exists.",
                $"编号为 {key} 的记录已存在。", kind: RuleViolationKind.Conflict, target: "id"));
        }

        if (change.Kind != AggregateChangeKind.Added && (!found || stored.Version != change.ExpectedVersion))
        {
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
        }

        if (pending.UniqueKey is not { } unique)
        {
            return false;
        }

        if (change.Kind == AggregateChangeKind.Added && claims.MayClaimAtOnce(unique))
        {
            ref var holder = ref CollectionsMarshal.GetValueRefOrAddDefault(_keys, unique, out var held);
            if (!held)
            {
                holder = key; // nobody holds it: claimed in one lookup, released by Release if the write is refused
                claims.AddFresh(unique);
                return true;
            }
        }

        var fresh = claims.IsFresh(unique);
        var takenInBatch = (claims.TryGetOther(unique, out var other) && other != key) || (fresh && _keys[unique] != key);
        var takenInStore = !fresh && _keys.TryGetValue(unique, out var owner) && owner != key && !writtenInBatch(this, owner);
        if (takenInBatch || takenInStore)
        {
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
        }

        claims.AddOther(unique, key);
        return false;
    }

    public override void Release(KeyClaims claims)
    {
        foreach (var unique in claims.Fresh)
        {
            _keys.Remove(unique);
        }
    }

    public override void Reserve(int additions)
    {
        if (additions >= ReserveThreshold)
        {
            _rows.EnsureCapacity(_rows.Count + additions);
            if (uniqueKey is not null)
            {
                _keys.EnsureCapacity(_keys.Count + additions);
            }
        }
    }

    public override void Apply(in AggregateChange change, in Pending pending, bool keyClaimed)
    {
        var key = change.Aggregate.Key;
        if (pending.Copy is not null)
        {
            // One lookup finds the old row or makes room for the new one.
            ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, key, out var existed);
            if (existed)
            {
                ReleaseKey(row.UniqueKey, key);
            }

            row = pending.Copy is T handedOver ? HandedOverRow(handedOver, change.NewVersion, pending.UniqueKey) : new Row { Snapshot = (TSnapshot)pending.Copy, Version = change.NewVersion, UniqueKey = pending.UniqueKey };
            if (pending.UniqueKey is { } unique && !keyClaimed)
            {
                _keys[unique] = key;
            }
        }
        else if (_rows.Remove(key, out var removed))
        {
            ReleaseKey(removed.UniqueKey, key);
        }

        _all = null;
    }

    public T? Find(Guid key)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrNullRef(_rows, key);
        return Unsafe.IsNullRef(ref row) ? null : Materialize(ref row);
    }

    public IReadOnlyList<T> All()
    {
        if (_all is null)
        {
            var all = new T[_rows.Count];
            var i = 0;
            foreach (var key in _rows.Keys)
            {
                all[i++] = Materialize(ref CollectionsMarshal.GetValueRefOrNullRef(_rows, key)); // a value written through a ref does not disturb the enumeration
            }

            _all = all;
        }

        return _all;
    }

    public T Copy(T stored)
    {
        if (stored is not IStoredSnapshot kept)
        {
            return T.FromSnapshot(stored.ToSnapshot(), stored.Version);
        }

        if (kept.StoredSnapshot is not TSnapshot snapshot)
        {
            // A handed-over object is stored without a snapshot: the first copy makes it, and the next ones share it.
            // Two readers racing here make equal snapshots, and either may be kept.
            snapshot = stored.ToSnapshot();
            kept.StoredSnapshot = snapshot;
        }

        return T.FromSnapshot(snapshot, stored.Version);
    }

    /// <summary>The row of an object handed over (see <see cref="HandOver"/>): the object itself, with its stored version set before anyone can read it.</summary>
    private static Row HandedOverRow(T handedOver, long version, object? uniqueKey)
    {
        HandOver.Clear(handedOver);
        ((IStoredVersion)handedOver).SetStoredVersion(version);
        return new Row { Object = handedOver, Version = version, UniqueKey = uniqueKey };
    }

    /// <summary>Frees the unique key a row held, unless another row of the same write has claimed it already.</summary>
    private void ReleaseKey(object? oldKey, Guid key)
    {
        if (oldKey is not null && _keys.TryGetValue(oldKey, out var owner) && owner == key)
        {
            _keys.Remove(oldKey);
        }
    }

    /// <summary>The object a row stands for, rebuilt from its snapshot on first read and kept for the next.</summary>
    private static T Materialize(ref Row row)
    {
        if (row.Object is null)
        {
            var built = T.FromSnapshot(row.Snapshot!, row.Version); // a row without an object has its snapshot
            if (built is IStoredSnapshot stored)
            {
                stored.StoredSnapshot = row.Snapshot;
            }

            row.Object = built;
        }

        return row.Object;
    }

    /// <summary>
    /// One stored aggregate, held in the table's dictionary itself (no object per row): its snapshot, version and unique
    /// key, and the object rebuilt from them on first read.
    /// </summary>
    private struct Row
    {
        public TSnapshot? Snapshot; // null for an object handed over, until its first copy
        public long Version;
        public object? UniqueKey;
        public T? Object;
    }
}
