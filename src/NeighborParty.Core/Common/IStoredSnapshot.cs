namespace NeighborParty.Common;

/// <summary>Lets the in-memory store keep, on each stored object, the snapshot it was built from: copies are rebuilt from it without a new snapshot.</summary>
internal interface IStoredSnapshot
{
    /// <summary>Gets or sets the snapshot, null for an object the store does not hold (or holds and has not copied yet), or the mark of <see cref="HandOver"/>.</summary>
    object? StoredSnapshot { get; set; }
}
