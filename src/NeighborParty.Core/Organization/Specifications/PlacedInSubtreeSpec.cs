using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>Every aggregate of a kind with any of its positions in a node's subtree (the node included).</summary>
/// <typeparam name="T">A placed aggregate.</typeparam>
public sealed class PlacedInSubtreeSpec<T> : Specification<T>
    where T : class, IPlaced<T>
{
    /// <summary>Initializes a new instance of the <see cref="PlacedInSubtreeSpec{T}"/> class.</summary>
    /// <param name="tree">The tree of the node.</param>
    /// <param name="scope">The node's path (not empty).</param>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is the empty path, or <paramref name="tree"/> is none.</exception>
    public PlacedInSubtreeSpec(TreeKind tree, HierarchyPath scope) => Query.Within(tree, scope, [.. T.Positions]);
}
