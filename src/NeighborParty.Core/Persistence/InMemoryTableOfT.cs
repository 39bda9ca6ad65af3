using NeighborParty.Common;

namespace NeighborParty.Persistence;

/// <summary>The rows of one aggregate type, each a private copy rebuilt from the aggregate's snapshot.</summary>
/// <typeparam name="T">The aggregate.</typeparam>
/// <typeparam name="TSnapshot">Its snapshot.</typeparam>
internal sealed class InMemoryTable<T, TSnapshot>(Func<T, object?>? uniqueKey) : InMemoryTable, IInMemoryTable<T>
    where T : class, ISnapshotable<T, TSnapshot>
    where TSnapshot : class
{
    private readonly Dictionary<Guid, T> _rows = [];
    private readonly Dictionary<object, Guid> _keys = [];
    private T[]? _all;

    public override Pending Prepare(AggregateChange change)
    {
        if (change.Aggregate is not T aggregate)
        {
            throw new ArgumentException($"A {change.Aggregate.GetType().Name} does not belong in the table of {typeof(T).Name}.", nameof(change));
        }

        if (change.Kind == AggregateChangeKind.Removed)
        {
            return new Pending(change, null, null);
        }

        var copy = T.FromSnapshot(aggregate.ToSnapshot(), change.NewVersion);
        return new Pending(change, copy, uniqueKey?.Invoke(copy));
    }

    public override void Check(Pending pending, Dictionary<object, Guid> batchKeys, Func<Guid, bool> writtenInBatch)
    {
        var change = pending.Change;
        var key = change.Aggregate.Key;
        var stored = _rows.GetValueOrDefault(key);
        if (change.Kind == AggregateChangeKind.Added && stored is not null)
        {
            throw new RuleViolationException(new RuleViolation("NP-GEN-002", $"An item with id {key} already exists.",
                $"编号为 {key} 的记录已存在。", kind: RuleViolationKind.Conflict, target: "id"));
        }

        if (change.Kind != AggregateChangeKind.Added && (stored is null || stored.Version != change.ExpectedVersion))
        {
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
        }

        if (pending.UniqueKey is { } unique)
        {
            var takenInBatch = batchKeys.TryGetValue(unique, out var other) && other != key;
            var takenInStore = _keys.TryGetValue(unique, out var owner) && owner != key && !writtenInBatch(owner);
            if (takenInBatch || takenInStore)
            {
                throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
            }

            batchKeys[unique] = key;
        }
    }

    public override void Apply(Pending pending)
    {
        var key = pending.Change.Aggregate.Key;
        if (_rows.Remove(key, out var old) && uniqueKey is not null)
        {
            var oldKey = uniqueKey(old);
            if (oldKey is not null && _keys.TryGetValue(oldKey, out var owner) && owner == key)
            {
                _keys.Remove(oldKey);
            }
        }

        if (pending.Copy is T copy)
        {
            _rows[key] = copy;
            if (pending.UniqueKey is { } unique)
            {
                _keys[unique] = key;
            }
        }

        _all = null;
    }

    public T? Find(Guid key) => _rows.GetValueOrDefault(key);

    public IReadOnlyList<T> All() => _all ??= [.. _rows.Values];

    public T Copy(T stored) => T.FromSnapshot(stored.ToSnapshot(), stored.Version);
}
