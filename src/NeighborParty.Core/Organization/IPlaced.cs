using System.Linq.Expressions;

namespace NeighborParty.Organization;

/// <summary>
/// An aggregate placed in the trees: it declares its positions once, as expressions a store can query, and keeps them
/// right when an organisation unit above it moves: the library rebases every placed aggregate in the move's unit of
/// work.
/// </summary>
/// <typeparam name="TSelf">The aggregate.</typeparam>
public interface IPlaced<TSelf>
    where TSelf : IPlaced<TSelf>
{
    /// <summary>Gets the aggregate's positions, e.g. a member's unit, residence and registration.</summary>
    static abstract IReadOnlyList<Expression<Func<TSelf, TreePosition>>> Positions { get; }
}
