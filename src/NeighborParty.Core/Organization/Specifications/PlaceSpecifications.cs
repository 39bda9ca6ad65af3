using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The direct children of a place, in tree order.</summary>
public sealed class ChildPlacesSpec : Specification<Place>
{
    /// <summary>Initializes a new instance of the <see cref="ChildPlacesSpec"/> class.</summary>
    /// <param name="parentId">The parent place.</param>
    public ChildPlacesSpec(PlaceId parentId) => Query.Where(p => p.ParentId == parentId).OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
}

/// <summary>The districts (root places).</summary>
public sealed class RootPlacesSpec : Specification<Place>
{
    /// <summary>Initializes a new instance of the <see cref="RootPlacesSpec"/> class.</summary>
    public RootPlacesSpec() => Query.Where(p => p.ParentId == null).OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
}

/// <summary>A place and everything below it, optionally of one kind, in tree order; a range query on the indexed path.</summary>
public sealed class PlaceSubtreeSpec : Specification<Place>
{
    /// <summary>Initializes a new instance of the <see cref="PlaceSubtreeSpec"/> class.</summary>
    /// <param name="root">The path of the subtree's root.</param>
    /// <param name="kind">If set, only places of this kind.</param>
    public PlaceSubtreeSpec(HierarchyPath root, PlaceKind? kind = null)
    {
        Query.Within(TreeKind.Place, root, p => p.Position);
        if (kind is { } k)
        {
            Query.Where(p => p.Kind == k);
        }

        Query.OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
    }
}

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
