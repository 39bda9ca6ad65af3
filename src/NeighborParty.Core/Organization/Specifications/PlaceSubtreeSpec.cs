using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>A place and everything below it, optionally of one kind, in tree order; a range query on the indexed path.</summary>
public sealed class PlaceSubtreeSpec : Specification<Place>
{
    /// <summary>Initializes a new instance of the <see cref="PlaceSubtreeSpec"/> class.</summary>
    /// <param name="root">The path of the subtree's root.</param>
    /// <param name="kind">If set, only places of this kind.</param>
    /// <param name="readOnly">Whether the places are only read (a store need not track them for changes; never stage them).</param>
    public PlaceSubtreeSpec(HierarchyPath root, PlaceKind? kind = null, bool readOnly = false)
    {
        if (readOnly)
        {
            Query.AsNoTracking();
        }

        Query.Within(TreeKind.Place, root, p => p.Position);
        if (kind is { } k)
        {
            Query.Where(p => p.Kind == k);
        }

        Query.OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow);
    }
}
