using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The places with the given ids as <see cref="PlaceRef"/> projections.</summary>
internal sealed class PlaceRefsByIdSpec : Specification<Place, PlaceRef>
{
    public PlaceRefsByIdSpec(IReadOnlyCollection<PlaceId> ids)
    {
        var list = ids.Distinct().ToList();
        Query.Where(p => list.Contains(p.Id));
        Query.Select(p => new PlaceRef(p.Id, p.Name, p.ParentId, p.Kind, p.Position.PathHigh, p.Position.PathLow));
    }
}
