using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The direct children of a place, in tree order.</summary>
public sealed class ChildPlacesSpec : Specification<Place>
{
    /// <summary>Initializes a new instance of the <see cref="ChildPlacesSpec"/> class.</summary>
    /// <param name="parentId">The parent place.</param>
    public ChildPlacesSpec(PlaceId parentId) => Query.Where(p => p.ParentId == parentId).OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
}
