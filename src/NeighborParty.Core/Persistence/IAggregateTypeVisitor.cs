namespace NeighborParty.Persistence;

/// <summary>
/// Does something once per aggregate type of the library (see <see cref="LibraryAggregates.Accept"/>): a store registers
/// its generic repository for each, an ORM maps each, a test round-trips each.
/// </summary>
public interface IAggregateTypeVisitor
{
    /// <summary>Visits one aggregate type.</summary>
    /// <typeparam name="TAggregate">The aggregate.</typeparam>
    /// <typeparam name="TSnapshot">Its snapshot.</typeparam>
    void Visit<TAggregate, TSnapshot>()
        where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
        where TSnapshot : class;
}
