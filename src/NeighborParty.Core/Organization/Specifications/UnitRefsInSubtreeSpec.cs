using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The live units of a subtree as <see cref="UnitRef"/> projections, in tree order: one range query, no tracking.</summary>
internal sealed class UnitRefsInSubtreeSpec : Specification<OrganizationUnit, UnitRef>
{
    public UnitRefsInSubtreeSpec(HierarchyPath root)
    {
        Query.Within(TreeKind.Unit, root, u => u.Position).Where(u => u.Dissolved == null);
        Query.OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
        Query.Select(u => new UnitRef(u.Id, u.Name, u.Level, u.Position.PathHigh, u.Position.PathLow));
    }
}
