namespace NeighborParty.Persistence;

/// <summary>One table of <see cref="InMemoryStore"/>; every method but <see cref="Prepare"/> runs under the store's lock.</summary>
internal abstract class InMemoryTable
{
    /// <summary>The fewest additions for which a write grows the table once, up front, instead of doubling step by step.</summary>
    protected const int ReserveThreshold = 1024;

    public abstract Pending Prepare(AggregateChange change);

    /// <summary>Tells whether <paramref name="aggregate"/> belongs in this table (its type is the table's).</summary>
    public abstract bool Holds(object aggregate);

    /// <summary>Checks one change against the stored rows and the unique keys already claimed in the batch.</summary>
    /// <param name="pending">The change.</param>
    /// <param name="batchKeys">The unique keys claimed so far in the batch, for this table; null when the change has no unique key.</param>
    /// <param name="writtenInBatch">Tells whether the batch writes the aggregate of a table with a key (so its old unique key may move).</param>
    public abstract void Check(in Pending pending, Dictionary<object, Guid>? batchKeys, Func<InMemoryTable, Guid, bool> writtenInBatch);

    /// <summary>Makes room for <paramref name="additions"/> more rows (a large batch), so the table grows once.</summary>
    /// <param name="additions">How many rows the batch may add.</param>
    public abstract void Reserve(int additions);

    public abstract void Apply(in Pending pending);

    /// <summary>A change with the stored copy already made.</summary>
    /// <param name="Change">The change.</param>
    /// <param name="Copy">The snapshot to store (the private copy), or null for a removal.</param>
    /// <param name="UniqueKey">Its unique key, or null.</param>
    internal readonly record struct Pending(AggregateChange Change, object? Copy, object? UniqueKey);
}
