using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The places of one kind inside a subtree, projected to <see cref="PlaceNode"/>, in path order.</summary>
internal sealed class PlaceNodesInSubtreeSpec : Specification<Place, PlaceNode>
{
    /// <summary>Initializes a new instance of the <see cref="PlaceNodesInSubtreeSpec"/> class.</summary>
    /// <param name="root">The subtree's root.</param>
    /// <param name="kind">The kind of place.</param>
    public PlaceNodesInSubtreeSpec(HierarchyPath root, PlaceKind kind)
    {
        Query.AsNoTracking();
        Query.Within(TreeKind.Place, root, p => p.Position);
        Query.Where(p => p.Kind == kind).OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
        Query.Select(p => new PlaceNode(p.Id, p.Name, p.ParentId, p.Position.PathHigh, p.Position.PathLow));
    }
}
