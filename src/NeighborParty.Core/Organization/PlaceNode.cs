namespace NeighborParty.Organization;

/// <summary>A place as a whole-tree report reads it: its id, name, parent and position, projected where it is stored.</summary>
/// <param name="Id">The place.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="ParentId">The place above, or null for a district.</param>
/// <param name="PathHigh">The stored first half of its path (<see cref="TreePosition.PathHigh"/>).</param>
/// <param name="PathLow">The stored second half of its path (<see cref="TreePosition.PathLow"/>).</param>
public sealed record PlaceNode(PlaceId Id, string Name, PlaceId? ParentId, long PathHigh, long PathLow)
{
    /// <summary>Gets the place's path.</summary>
    public HierarchyPath Path => HierarchyPath.FromSortKeys(PathHigh, PathLow);

    /// <summary>Reads a place as a report does.</summary>
    /// <param name="place">The place.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public static PlaceNode Of(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(place.Id, place.Name, place.ParentId, place.Position.PathHigh, place.Position.PathLow);
    }
}
