using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Benchmarks.Organization;

/// <summary>Builds a 100,000-node organisation tree directly from snapshots (as a store rebuilds it; no rule checks), deterministic for a given seed.</summary>
internal static class TreeGenerator
{
    public static List<OrganizationUnit> Build(int nodes, int seed = 42)
    {
        var random = new Random(seed);
        var root = Unit(OrganizationUnitKind.Committee, "区委", null, HierarchyPath.Root(1), new LocalDate(2000, 1, 1));
        var units = new List<OrganizationUnit>(nodes) { root };
        var open = new List<OrganizationUnit> { root };
        while (units.Count < nodes)
        {
            // Breadth-first with 4 to 16 children each, so depth stays within the schema's 5–6 levels.
            var parent = open[0];
            open.RemoveAt(0);
            var children = random.Next(4, 17);
            for (var i = 0; i < children && units.Count < nodes; i++)
            {
                var child = Unit(OrganizationUnitKind.Branch, "单元", parent.Id, parent.Path.Append(i + 1), new LocalDate(2020, 1, 1));
                units.Add(child);
                open.Add(child);
            }
        }

        // Shuffle so that no structure relies on insertion order (no unit adds children later, so LastChildSegment stays 0).
        return [.. units.OrderBy(_ => random.Next())];
    }

    private static OrganizationUnit Unit(OrganizationUnitKind kind, string name, OrganizationUnitId? parent, HierarchyPath path, LocalDate established)
    {
        var id = OrganizationUnitId.New();
        return OrganizationUnit.FromSnapshot(new OrganizationUnitSnapshot(id, "district", kind, name, null, parent, TreePosition.InUnits(id.Value, path), 0, established, null, []), 1);
    }
}
