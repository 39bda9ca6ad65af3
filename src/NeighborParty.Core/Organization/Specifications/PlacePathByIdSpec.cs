using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>One place's path keys (any state), projected where it is stored: a scope check without loading the aggregate.</summary>
internal sealed class PlacePathByIdSpec : SingleResultSpecification<Place, PathKeys>
{
    public PlacePathByIdSpec(PlaceId id)
    {
        Query.AsNoTracking().Where(p => p.Id == id);
        Query.Select(p => new PathKeys(p.Position.PathHigh, p.Position.PathLow));
    }
}
