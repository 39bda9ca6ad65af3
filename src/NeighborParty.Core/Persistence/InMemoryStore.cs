using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// The library's in-memory store, for tests and small embedded setups: one table per aggregate type, each keeping the
/// stored state as a private copy rebuilt from the aggregate's snapshot (<see cref="ISnapshotable{TSelf, TSnapshot}"/>),
/// written all or nothing under one lock with the same version and unique-key checks as a database.
/// </summary>
/// <remarks>
/// Thread-safe; register it once (a singleton) and read it through <see cref="InMemoryRepository{T, TSnapshot}"/>,
/// which hands out fresh copies: an object a caller changes is never the stored one, so a refused or failed operation
/// changes nothing. <see cref="Reset"/> does nothing (the store keeps no per-scope state).
/// </remarks>
public sealed class InMemoryStore : IAggregateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, InMemoryTable> _tables = [];

    /// <summary>
    /// Adds the table of <typeparamref name="T"/>; <paramref name="uniqueKey"/>, when given, is kept unique as a
    /// database's unique index would (a tree position, an ID-card number): a write that would repeat another
    /// aggregate's key is refused with <c>NP-CON-002</c>.
    /// </summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <typeparam name="TSnapshot">Its snapshot.</typeparam>
    /// <param name="uniqueKey">Computes the unique key (compared with <see cref="object.Equals(object)"/>; null for none), or null.</param>
    /// <returns>The store, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The table exists already.</exception>
    public InMemoryStore AddTable<T, TSnapshot>(Func<T, object?>? uniqueKey = null)
        where T : class, ISnapshotable<T, TSnapshot>
        where TSnapshot : class
    {
        lock (_gate)
        {
            if (!_tables.TryAdd(typeof(T), new InMemoryTable<T, TSnapshot>(uniqueKey)))
            {
                throw new InvalidOperationException($"The in-memory store already has a table of {typeof(T).Name}.");
            }
        }

        return this;
    }

    /// <inheritdoc />
    public Task WriteAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        // The copies are made outside the lock (an aggregate handed over is kept itself, see HandOver); the checks, with
        // the unique keys they claim, and the swap happen under it, all of them or none.
        var prepared = new (TableBatch Batch, InMemoryTable.Pending Pending, bool KeyClaimed)[changes.Count];
        var batches = new List<TableBatch>(1);
        for (var i = 0; i < prepared.Length; i++)
        {
            var change = changes[i];
            var batch = batches.Count > 0 && batches[^1].Table.Holds(change.Aggregate) ? batches[^1] : BatchOf(batches, change.Aggregate.GetType());
            prepared[i] = (batch, batch.Table.Prepare(change), false);
            batch.Additions += change.Kind == AggregateChangeKind.Added ? 1 : 0;
        }

        lock (_gate)
        {
            HashSet<(InMemoryTable, Guid)>? written = null; // built only when a unique key is found taken (rare): a key may move within the batch
            bool WrittenInBatch(InMemoryTable table, Guid key) =>
                (written ??= prepared.Select((p, i) => (p.Batch.Table, changes[i].Aggregate.Key)).ToHashSet()).Contains((table, key));
            Func<InMemoryTable, Guid, bool> writtenInBatch = WrittenInBatch;
            foreach (var batch in batches)
            {
                batch.Table.Reserve(batch.Additions); // grown once; a refused write leaves room, never rows or keys
            }

            try
            {
                for (var i = 0; i < prepared.Length; i++)
                {
                    ref var item = ref prepared[i];
                    item.KeyClaimed = item.Batch.Table.Check(changes[i], item.Pending, item.Batch.Claims, writtenInBatch);
                }
            }
            catch
            {
                foreach (var batch in batches)
                {
                    batch.Table.Release(batch.Claims);
                }

                throw;
            }

            for (var i = 0; i < prepared.Length; i++)
            {
                ref readonly var item = ref prepared[i];
                item.Batch.Table.Apply(changes[i], item.Pending, item.KeyClaimed);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Reset()
    {
    }

    /// <summary>Reads the stored copy of an aggregate.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="key">Its key.</param>
    /// <returns>A fresh copy, or null.</returns>
    internal T? Find<T>(Guid key)
        where T : class, IAggregateRoot
    {
        var table = (IInMemoryTable<T>)TableOf(typeof(T));
        T? stored;
        lock (_gate)
        {
            stored = table.Find(key);
        }

        return stored is null ? null : table.Copy(stored);
    }

    /// <summary>Gets the stored objects of one type, read-only, for evaluating queries and roll-ups in place.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <returns>The stored objects: never hand them out, copy them with <see cref="Copy{T}"/>.</returns>
    internal IReadOnlyList<T> Stored<T>()
        where T : class, IAggregateRoot
    {
        var table = (IInMemoryTable<T>)TableOf(typeof(T));
        lock (_gate)
        {
            return table.All();
        }
    }

    /// <summary>Copies a stored object, so that the copy can be changed.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="stored">A stored object.</param>
    /// <returns>The copy.</returns>
    internal T Copy<T>(T stored)
        where T : class, IAggregateRoot => ((IInMemoryTable<T>)TableOf(typeof(T))).Copy(stored);

    /// <summary>Gets the copier of one table, to copy many stored objects without looking the table up for each.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <returns>A function that copies a stored object of the table.</returns>
    internal Func<T, T> CopierOf<T>()
        where T : class, IAggregateRoot => ((IInMemoryTable<T>)TableOf(typeof(T))).Copy;

    private TableBatch BatchOf(List<TableBatch> batches, Type type)
    {
        var table = TableOf(type);
        foreach (var batch in batches)
        {
            if (batch.Table == table)
            {
                return batch;
            }
        }

        batches.Add(new TableBatch(table));
        return batches[^1];
    }

    private InMemoryTable TableOf(Type type)
    {
        lock (_gate)
        {
            return _tables.TryGetValue(type, out var table) ? table
                : throw new InvalidOperationException($"The in-memory store has no table of {type.Name}; add it with AddTable.");
        }
    }

    /// <summary>What one write does to one table: how many additions, and the unique keys it claims.</summary>
    private sealed class TableBatch(InMemoryTable table)
    {
        public InMemoryTable Table { get; } = table;

        public int Additions { get; set; }

        public KeyClaims Claims { get; } = new();
    }
}
