using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Benchmarks.Organization;

/// <summary>Builds a 100,000-node organisation tree directly (no rule checks), deterministic for a given seed.</summary>
internal static class TreeGenerator
{
    public static List<OrganizationUnit> Build(int nodes, int seed = 42)
    {
        var random = new Random(seed);
        var level = HierarchySchema.Yanping.GetLevel("district");
        var now = Instant.FromUtc(2026, 1, 1, 0, 0);
        var root = OrganizationUnit.CreateRoot(OrganizationUnitId.New(), level, OrganizationUnitKind.Committee, "区委", null, 1, [], new LocalDate(2000, 1, 1), now);
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
                var child = parent.AddChild(OrganizationUnitId.New(), level, OrganizationUnitKind.Branch, "单元", null, [], new LocalDate(2020, 1, 1), now);
                units.Add(child);
                open.Add(child);
            }
        }

        foreach (var unit in units)
        {
            unit.ClearDomainEvents();
        }

        // Shuffle so that no structure relies on insertion order.
        return [.. units.OrderBy(_ => random.Next())];
    }
}
