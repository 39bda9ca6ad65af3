using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>The typed side of a table.</summary>
/// <typeparam name="T">The aggregate.</typeparam>
internal interface IInMemoryTable<T>
    where T : class, IAggregateRoot
{
    T? Find(Guid key);

    IReadOnlyList<T> All();

    T Copy(T stored);
}
