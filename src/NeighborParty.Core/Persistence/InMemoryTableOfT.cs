using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NeighborParty.Common;

namespace NeighborParty.Persistence;

/// <summary>
/// The rows of one aggregate type. A row keeps the snapshot written (a private copy of the caller's aggregate) and,
/// once something reads it, the object rebuilt from that snapshot; copies handed out are rebuilt from the same snapshot.
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
            return new Pending(change, null, null);
        }

        var unique = uniqueKey?.Invoke(aggregate);
        return new Pending(change, aggregate.ToSnapshot(), unique);
    }

    public override bool Holds(object aggregate) => aggregate.GetType() == typeof(T);

    public override void Check(in Pending pending, Dictionary<object, Guid>? batchKeys, Func<InMemoryTable, Guid, bool> writtenInBatch)
    {
        var change = pending.Change;
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

        if (pending.UniqueKey is { } unique)
        {
            ArgumentNullException.ThrowIfNull(batchKeys);
            var takenInBatch = batchKeys.TryGetValue(unique, out var other) && other != key;
            var takenInStore = _keys.TryGetValue(unique, out var owner) && owner != key && !writtenInBatch(this, owner);
            if (takenInBatch || takenInStore)
            {
                throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
            }

            batchKeys[unique] = key;
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

    public override void Apply(in Pending pending)
    {
        var key = pending.Change.Aggregate.Key;
        ref var old = ref CollectionsMarshal.GetValueRefOrNullRef(_rows, key);
        if (!Unsafe.IsNullRef(ref old) && old.UniqueKey is { } oldKey && _keys.TryGetValue(oldKey, out var owner) && owner == key)
        {
            _keys.Remove(oldKey);
        }

        if (pending.Copy is TSnapshot snapshot)
        {
            _rows[key] = new Row { Snapshot = snapshot, Version = pending.Change.NewVersion, UniqueKey = pending.UniqueKey };
            if (pending.UniqueKey is { } unique)
            {
                _keys[unique] = key;
            }
        }
        else
        {
            _rows.Remove(key);
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

    public T Copy(T stored) => T.FromSnapshot((stored as IStoredSnapshot)?.StoredSnapshot as TSnapshot ?? stored.ToSnapshot(), stored.Version);

    /// <summary>The object a row stands for, rebuilt from its snapshot on first read and kept for the next.</summary>
    private static T Materialize(ref Row row)
    {
        if (row.Object is null)
        {
            var built = T.FromSnapshot(row.Snapshot, row.Version);
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
        public TSnapshot Snapshot;
        public long Version;
        public object? UniqueKey;
        public T? Object;
    }
}
