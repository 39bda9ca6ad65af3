namespace NeighborParty.Organization;

/// <summary>The library's side of <see cref="IPlaced{TSelf}"/>: rebasing positions after a unit moved.</summary>
internal interface IFollowsMoves
{
    /// <summary>Rebases every position inside the moved subtree; tells whether one changed. Records no event (the move itself is audited).</summary>
    /// <param name="tree">The tree where the move happened.</param>
    /// <param name="from">The moved node's old path.</param>
    /// <param name="to">Its new path.</param>
    /// <returns>Whether a position changed.</returns>
    bool FollowMove(TreeKind tree, HierarchyPath from, HierarchyPath to);
}
