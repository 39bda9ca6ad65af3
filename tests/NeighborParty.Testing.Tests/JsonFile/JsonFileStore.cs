using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.Testing.Tests.JsonFile;

/// <summary>The <see cref="IAggregateStore"/> over a <see cref="JsonFile"/>: what the library's unit of work commits through.</summary>
public sealed class JsonFileStore(JsonFile file, JsonFileSnapshots snapshots) : IAggregateStore
{
    public Task WriteAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        file.Write(changes, snapshots.Of);
        return Task.CompletedTask;
    }

    public void Reset()
    {
        // Nothing is kept per scope: a refused write left the file as it was.
    }
}

/// <summary>Takes any library aggregate's snapshot (the visitor collects one delegate per type).</summary>
public sealed class JsonFileSnapshots : IAggregateTypeVisitor
{
    private readonly Dictionary<Type, Func<IAggregateRoot, object>> _of = [];

    public JsonFileSnapshots() => LibraryAggregates.Accept(this);

    public object Of(IAggregateRoot aggregate) => _of[aggregate.GetType()](aggregate);

    public void Visit<TAggregate, TSnapshot>()
        where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
        where TSnapshot : class => _of[typeof(TAggregate)] = a => ((TAggregate)a).ToSnapshot();
}
