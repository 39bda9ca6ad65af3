using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The districts (root places).</summary>
public sealed class RootPlacesSpec : Specification<Place>
{
    /// <summary>Initializes a new instance of the <see cref="RootPlacesSpec"/> class.</summary>
    public RootPlacesSpec() => Query.Where(p => p.ParentId == null).OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
}
