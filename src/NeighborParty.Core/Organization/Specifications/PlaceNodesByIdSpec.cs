using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>Places by id, projected to <see cref="PlaceNode"/> (names for a list, without building the aggregates).</summary>
internal sealed class PlaceNodesByIdSpec : Specification<Place, PlaceNode>
{
    /// <summary>Initializes a new instance of the <see cref="PlaceNodesByIdSpec"/> class.</summary>
    /// <param name="ids">The ids.</param>
    public PlaceNodesByIdSpec(IReadOnlyCollection<PlaceId> ids)
    {
        var list = ids.Distinct().ToList();
        Query.AsNoTracking();
        Query.Where(p => list.Contains(p.Id));
        Query.Select(p => new PlaceNode(p.Id, p.Name, p.ParentId, p.Position.PathHigh, p.Position.PathLow));
    }
}
