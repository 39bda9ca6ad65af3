using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The places of a subtree (optionally of one kind) as <see cref="PlaceRef"/> projections, in tree order: one range query, no tracking.</summary>
internal sealed class PlaceRefsInSubtreeSpec : Specification<Place, PlaceRef>
{
    public PlaceRefsInSubtreeSpec(HierarchyPath root, PlaceKind? kind = null)
    {
        Query.Within(TreeKind.Place, root, p => p.Position);
        if (kind is { } k)
        {
            Query.Where(p => p.Kind == k);
        }

        Query.OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
        Query.Select(p => new PlaceRef(p.Id, p.Name, p.ParentId, p.Kind, p.Position.PathHigh, p.Position.PathLow));
    }
}
