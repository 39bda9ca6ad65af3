using System.Text.Json.Serialization;

namespace NeighborParty.Organization;

/// <summary>
/// Where a record sits in one of the two trees: the tree, the node (a unit or a place) and the node's path as the
/// two stored keys. Every aggregate that is placed in a tree holds its positions as this one value, so that one
/// subtree query (<see cref="TreeQueries.Within{T}"/>) and one rule for following moved units serve them all.
/// </summary>
/// <remarks>
/// An immutable value; <c>default</c> is <see cref="None"/> (placed nowhere, inside no subtree). Stores keep the four
/// properties (an ORM maps it as an owned or complex type; the EF Core package keeps <see cref="PathHigh"/> and
/// <see cref="PathLow"/> in one composite index per position). System.Text.Json writes and reads exactly those four
/// (<c>{"Tree":1,"NodeId":"…","PathHigh":…,"PathLow":…}</c>), so a snapshot round-trips without a converter.
/// </remarks>
public readonly record struct TreePosition
{
    /// <summary>Initializes a new instance of the <see cref="TreePosition"/> struct from its stored values.</summary>
    /// <param name="tree">The tree, or <see cref="TreeKind.None"/>.</param>
    /// <param name="nodeId">The node's id; empty exactly when <paramref name="tree"/> is <see cref="TreeKind.None"/>.</param>
    /// <param name="pathHigh">The node path's <see cref="HierarchyPath.SortKeyHigh"/> (0 when not placed).</param>
    /// <param name="pathLow">The node path's <see cref="HierarchyPath.SortKeyLow"/> (0 when not placed).</param>
    /// <exception cref="ArgumentException">The values do not describe a position.</exception>
    [JsonConstructor]
    public TreePosition(TreeKind tree, Guid nodeId, long pathHigh, long pathLow)
    {
        if (!Enum.IsDefined(tree) || (tree == TreeKind.None) != (nodeId == Guid.Empty) || (tree == TreeKind.None && (pathHigh != 0 || pathLow != 0)))
        {
            throw new ArgumentException("A position names a tree and a node, or neither.", nameof(nodeId));
        }

        Tree = tree;
        NodeId = nodeId;
        PathHigh = pathHigh;
        PathLow = pathLow;
    }

    /// <summary>Gets the position of nothing placed: inside no subtree.</summary>
    public static TreePosition None => default;

    /// <summary>Gets the tree, or <see cref="TreeKind.None"/>.</summary>
    public TreeKind Tree { get; }

    /// <summary>Gets the id of the node (an organisation unit or a place), or <see cref="Guid.Empty"/>.</summary>
    public Guid NodeId { get; }

    /// <summary>Gets the stored first half of <see cref="Path"/>.</summary>
    public long PathHigh { get; }

    /// <summary>Gets the stored second half of <see cref="Path"/>.</summary>
    public long PathLow { get; }

    /// <summary>Gets a value indicating whether the position names a node.</summary>
    [JsonIgnore]
    public bool IsPlaced => Tree != TreeKind.None;

    /// <summary>Gets the node's path; the empty path when not placed.</summary>
    [JsonIgnore]
    public HierarchyPath Path => IsPlaced ? HierarchyPath.FromSortKeys(PathHigh, PathLow) : default;

    /// <summary>Returns the position of an organisation unit's node.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="path">The unit's path.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty or <paramref name="path"/> is the empty path.</exception>
    public static TreePosition InUnits(Guid unitId, HierarchyPath path) => Create(TreeKind.Unit, unitId, path);

    /// <summary>Returns the position of a place's node.</summary>
    /// <param name="placeId">The place's id.</param>
    /// <param name="path">The place's path.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentException"><paramref name="placeId"/> is empty or <paramref name="path"/> is the empty path.</exception>
    public static TreePosition InPlaces(Guid placeId, HierarchyPath path) => Create(TreeKind.Place, placeId, path);

    /// <summary>Tells whether this position is placed in <paramref name="tree"/> at <paramref name="scope"/> or below. Constant time.</summary>
    /// <param name="tree">The tree of the scope.</param>
    /// <param name="scope">The path of the scope's node.</param>
    /// <returns>Whether the position lies in the subtree.</returns>
    public bool IsWithin(TreeKind tree, HierarchyPath scope) => IsPlaced && Tree == tree && !scope.IsEmpty && Path.IsWithin(scope);

    /// <summary>Tells whether this position lies in the subtree of <paramref name="scope"/>'s node.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>Whether the position lies in the subtree.</returns>
    public bool IsWithin(TreePosition scope) => IsWithin(scope.Tree, scope.Path);

    /// <summary>Returns the position after the subtree at <paramref name="from"/> in <paramref name="tree"/> moved to <paramref name="to"/>; itself when outside it.</summary>
    /// <param name="tree">The tree where the move happened.</param>
    /// <param name="from">The moved node's old path.</param>
    /// <param name="to">Its new path.</param>
    /// <returns>The followed position.</returns>
    public TreePosition Follow(TreeKind tree, HierarchyPath from, HierarchyPath to) =>
        IsWithin(tree, from) ? Create(Tree, NodeId, Path.Rebase(from, to)) : this;

    /// <inheritdoc />
    public override string ToString() => IsPlaced ? $"{Tree}:{NodeId}@{Path}" : "none";

    private static TreePosition Create(TreeKind tree, Guid nodeId, HierarchyPath path)
    {
        if (nodeId == Guid.Empty || path.IsEmpty)
        {
            throw new ArgumentException("A placed position needs a node and its path.", nameof(nodeId));
        }

        return new TreePosition(tree, nodeId, path.SortKeyHigh, path.SortKeyLow);
    }
}
