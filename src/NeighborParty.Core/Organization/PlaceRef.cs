namespace NeighborParty.Organization;

/// <summary>What a bulk path reads of a place: its id, name, parent, kind and path keys (a projection of four scalar columns, never a tracked place).</summary>
/// <param name="Id">The place.</param>
/// <param name="Name">Its name.</param>
/// <param name="ParentId">Its parent, or null for a district.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="PathHigh">The high key of its path.</param>
/// <param name="PathLow">The low key of its path.</param>
internal sealed record PlaceRef(PlaceId Id, string Name, PlaceId? ParentId, PlaceKind Kind, long PathHigh, long PathLow)
{
    /// <summary>Gets the place's path.</summary>
    public HierarchyPath Path => HierarchyPath.FromSortKeys(PathHigh, PathLow);

    /// <summary>Gets the place's position in the tree of places.</summary>
    public TreePosition Position => new(TreeKind.Place, Id.Value, PathHigh, PathLow);
}
