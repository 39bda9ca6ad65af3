using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.Testing;

/// <summary>What the library last wrote for each aggregate, recorded after the store accepted the write: what the store must give back.</summary>
internal sealed class WriteLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Type, Guid), (object? Snapshot, long Version)> _last = [];
    private readonly Dictionary<Type, StorageContract> _kinds = StorageContract.All.ToDictionary(k => k.Aggregate);

    public void Record(IReadOnlyList<AggregateChange> changes)
    {
        lock (_gate)
        {
            foreach (var change in changes)
            {
                var type = change.Aggregate.GetType();
                _last[(type, change.Aggregate.Key)] = change.Kind == AggregateChangeKind.Removed ? (null, 0) : (_kinds[type].ToSnapshot(change.Aggregate), change.NewVersion);
            }
        }
    }

    public IReadOnlyList<(Guid Key, object Snapshot, long Version)> Written(Type aggregate)
    {
        lock (_gate)
        {
            return [.. _last.Where(e => e.Key.Item1 == aggregate && e.Value.Snapshot is not null).Select(e => (e.Key.Item2, e.Value.Snapshot!, e.Value.Version))];
        }
    }
}

/// <summary>Passes every write to the store under test and logs what it accepted.</summary>
internal sealed class RecordingStore(IAggregateStore inner, WriteLog log) : IAggregateStore
{
    public async Task WriteAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(changes, cancellationToken);
        log.Record(changes);
    }

    public void Reset() => inner.Reset();
}
