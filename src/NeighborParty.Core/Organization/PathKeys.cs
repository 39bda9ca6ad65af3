namespace NeighborParty.Organization;

/// <summary>A node's stored path keys and nothing else: what a scope check reads when it needs no more of the node.</summary>
/// <param name="High">The stored first half of the path (<see cref="TreePosition.PathHigh"/>).</param>
/// <param name="Low">The stored second half of the path (<see cref="TreePosition.PathLow"/>).</param>
internal sealed record PathKeys(long High, long Low)
{
    /// <summary>Gets the node's path.</summary>
    public HierarchyPath Path => HierarchyPath.FromSortKeys(High, Low);
}
