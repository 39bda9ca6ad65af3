namespace NeighborParty.Persistence;

/// <summary>One table of <see cref="InMemoryStore"/>; every method but <see cref="Prepare"/> runs under the store's lock.</summary>
internal abstract class InMemoryTable
{
    public abstract Pending Prepare(AggregateChange change);

    /// <summary>Tells whether <paramref name="aggregate"/> belongs in this table (its type is the table's).</summary>
    public abstract bool Holds(object aggregate);

    public abstract void Check(Pending pending, Dictionary<object, Guid> batchKeys, Func<Guid, bool> writtenInBatch);

    public abstract void Apply(Pending pending);

    /// <summary>A change with the stored copy already made.</summary>
    /// <param name="Change">The change.</param>
    /// <param name="Copy">The object to store, or null for a removal.</param>
    /// <param name="UniqueKey">Its unique key, or null.</param>
    internal sealed record Pending(AggregateChange Change, object? Copy, object? UniqueKey);
}
