using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>One aggregate of a commit, as handed to <see cref="IAggregateStore.WriteAsync"/>.</summary>
/// <param name="Aggregate">The aggregate (its state is what the store writes).</param>
/// <param name="Kind">Added, updated or removed.</param>
/// <param name="ExpectedVersion">The version the store must still hold (0 for an addition).</param>
public readonly record struct AggregateChange(IAggregateRoot Aggregate, AggregateChangeKind Kind, long ExpectedVersion)
{
    /// <summary>Gets the version the store keeps after the write: 1 for an addition, one more than expected for an update.</summary>
    public long NewVersion => Kind == AggregateChangeKind.Added ? 1 : ExpectedVersion + 1;
}
