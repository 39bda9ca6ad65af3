using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>
/// The units at the given paths, read-only: a query on the path keys (a path names one unit). The two keys are matched
/// apart, so a few units at other paths may come too: filter by path after reading.
/// </summary>
internal sealed class UnitsByPathSpec : Specification<OrganizationUnit>
{
    public UnitsByPathSpec(IReadOnlyCollection<HierarchyPath> paths)
    {
        var highs = paths.Select(p => p.SortKeyHigh).Distinct().ToList();
        var lows = paths.Select(p => p.SortKeyLow).Distinct().ToList();
        Query.Where(u => highs.Contains(u.Position.PathHigh) && lows.Contains(u.Position.PathLow)).AsNoTracking();
    }
}
