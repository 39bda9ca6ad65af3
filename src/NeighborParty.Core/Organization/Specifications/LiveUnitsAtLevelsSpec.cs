using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The live units at some levels inside a unit's subtree, in path order, read-only: one range of the (level, position) index per level.</summary>
internal sealed class LiveUnitsAtLevelsSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="LiveUnitsAtLevelsSpec"/> class.</summary>
    /// <param name="root">The subtree's root.</param>
    /// <param name="levels">The levels.</param>
    public LiveUnitsAtLevelsSpec(HierarchyPath root, IReadOnlyCollection<string> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var levelList = levels.ToList();
        Query.AsNoTracking();
        Query.Within(TreeKind.Unit, root, u => u.Position);
        Query.Where(u => u.Dissolved == null && levelList.Contains(u.Level))
            .OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}
