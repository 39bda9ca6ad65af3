namespace NeighborParty.Persistence;

/// <summary>One table of <see cref="InMemoryStore"/>; every method but <see cref="Prepare"/> runs under the store's lock.</summary>
internal abstract class InMemoryTable
{
    /// <summary>The fewest additions for which a write grows the table once, up front, instead of doubling step by step.</summary>
    protected const int ReserveThreshold = 1024;

    public abstract Pending Prepare(AggregateChange change);

    /// <summary>Tells whether <paramref name="aggregate"/> belongs in this table (its type is the table's).</summary>
    public abstract bool Holds(object aggregate);

    /// <summary>Checks one change against the stored rows and the unique keys already claimed in the write.</summary>
    /// <param name="change">The change.</param>
    /// <param name="pending">What <see cref="Prepare"/> made of it.</param>
    /// <param name="claims">The unique keys claimed so far in the write, for this table.</param>
    /// <param name="writtenInBatch">Tells whether the write changes the aggregate of a table with a key (so its old unique key may move).</param>
    /// <returns>True when the change's unique key was claimed in the table's index already (see <see cref="KeyClaims"/>).</returns>
    public abstract bool Check(in AggregateChange change, in Pending pending, KeyClaims claims, Func<InMemoryTable, Guid, bool> writtenInBatch);

    /// <summary>Gives back the unique keys a refused write claimed at once.</summary>
    /// <param name="claims">The write's claims in this table.</param>
    public abstract void Release(KeyClaims claims);

    /// <summary>Makes room for <paramref name="additions"/> more rows (a large batch), so the table grows once.</summary>
    /// <param name="additions">How many rows the batch may add.</param>
    public abstract void Reserve(int additions);

    /// <summary>Stores one checked change.</summary>
    /// <param name="change">The change.</param>
    /// <param name="pending">What <see cref="Prepare"/> made of it.</param>
    /// <param name="keyClaimed">Whether <see cref="Check"/> claimed its unique key already.</param>
    public abstract void Apply(in AggregateChange change, in Pending pending, bool keyClaimed);

    /// <summary>What a change stores, made before the lock: kept small, as a large write holds one per change.</summary>
    /// <param name="Copy">The snapshot to store (the private copy), the aggregate itself when it was handed over, or null for a removal.</param>
    /// <param name="UniqueKey">Its unique key, or null.</param>
    internal readonly record struct Pending(object? Copy, object? UniqueKey);
}
