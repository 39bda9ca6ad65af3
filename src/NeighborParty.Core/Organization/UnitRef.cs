namespace NeighborParty.Organization;

/// <summary>What a bulk path reads of a unit: its id, name, level and path keys (a projection of scalar columns, never a tracked unit).</summary>
/// <param name="Id">The unit.</param>
/// <param name="Name">Its name.</param>
/// <param name="Level">Its level's key.</param>
/// <param name="PathHigh">The high key of its path.</param>
/// <param name="PathLow">The low key of its path.</param>
internal sealed record UnitRef(OrganizationUnitId Id, string Name, string Level, long PathHigh, long PathLow)
{
    /// <summary>Gets the unit's path.</summary>
    public HierarchyPath Path => HierarchyPath.FromSortKeys(PathHigh, PathLow);

    /// <summary>Gets the unit's position in the organisation tree.</summary>
    public TreePosition Position => new(TreeKind.Unit, Id.Value, PathHigh, PathLow);
}
