using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>
/// A unit and everything below it, in tree order (pre-order). Runs as a range query on the indexed path, never by
/// walking the tree.
/// </summary>
public sealed class UnitSubtreeSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="UnitSubtreeSpec"/> class.</summary>
    /// <param name="root">The path of the subtree's root.</param>
    /// <param name="includeDissolved">Whether dissolved units are included.</param>
    /// <param name="readOnly">Whether the units are only read (a store need not track them for changes; never stage them).</param>
    public UnitSubtreeSpec(HierarchyPath root, bool includeDissolved = true, bool readOnly = false)
    {
        if (readOnly)
        {
            Query.AsNoTracking();
        }

        Query.Within(TreeKind.Unit, root, u => u.Position);
        if (!includeDissolved)
        {
            Query.Where(u => u.Dissolved == null);
        }

        Query.OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}
