using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The places with the given ids.</summary>
public sealed class PlacesByIdSpec : Specification<Place>
{
    /// <summary>Initializes a new instance of the <see cref="PlacesByIdSpec"/> class.</summary>
    /// <param name="ids">The ids.</param>
    public PlacesByIdSpec(IReadOnlyCollection<PlaceId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.Distinct().ToList();
        Query.Where(p => list.Contains(p.Id));
    }
}
