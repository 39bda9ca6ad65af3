using NeighborParty.Organization;

namespace NeighborParty.Core.Tests.Organization;

/// <summary>Checks every invariant of the organisation tree from scratch, independently of OrganizationTree's own checks.</summary>
internal static class TreeInvariants
{
    public static List<string> Violations(IReadOnlyList<OrganizationUnit> units, IReadOnlyList<Place> places, HierarchySchema schema, OrganizationPolicy policy)
    {
        var problems = new List<string>();
        var byId = units.ToDictionary(u => u.Id);
        var placeById = places.ToDictionary(p => p.Id);

        if (units.Select(u => u.Path).Distinct().Count() != units.Count)
        {
            problems.Add("two units share a path");
        }

        foreach (var unit in units)
        {
            if (!schema.TryGetLevel(unit.Level, out var level))
            {
                problems.Add($"{unit.Name}: unknown level");
                continue;
            }

            if (!level.Kinds.Contains(unit.Kind))
            {
                problems.Add($"{unit.Name}: kind {unit.Kind} not allowed at {level.Key}");
            }

            // No cycle: following parents ends at a root within MaxDepth steps.
            var steps = 0;
            var cursor = unit;
            while (cursor.ParentId is { } p && byId.TryGetValue(p, out var parentUnit) && steps++ <= HierarchyPath.MaxDepth)
            {
                cursor = parentUnit;
            }

            if (cursor.ParentId is not null)
            {
                problems.Add($"{unit.Name}: orphan or cycle");
                continue;
            }

            if (unit.ParentId is null)
            {
                if (!level.IsRoot)
                {
                    problems.Add($"{unit.Name}: root at a non-root level");
                }

                if (unit.Path.Depth != 1)
                {
                    problems.Add($"{unit.Name}: root path depth {unit.Path.Depth}");
                }
            }
            else
            {
                var parent = byId[unit.ParentId.Value];
                if (!level.ParentLevels.Contains(parent.Level))
                {
                    problems.Add($"{unit.Name}: parent level {parent.Level} not allowed for {level.Key}");
                }

                if (!parent.Kind.CanContain(unit.Kind))
                {
                    problems.Add($"{unit.Name}: {parent.Kind} cannot contain {unit.Kind}");
                }

                if (unit.Path.Parent != parent.Path)
                {
                    problems.Add($"{unit.Name}: path {unit.Path} is not a child of {parent.Path}");
                }

                if (unit.Path.LastSegment > parent.LastChildSegment)
                {
                    problems.Add($"{unit.Name}: segment beyond the parent's counter");
                }

                if (unit.IsLive && !parent.IsLive)
                {
                    problems.Add($"{unit.Name}: live under a dissolved parent");
                }

                if (unit.IsLive && parent.Places.Count > 0)
                {
                    foreach (var place in unit.Places.Where(pl => !parent.Places.Any(pp => placeById[pl].Path.IsWithin(placeById[pp].Path))))
                    {
                        problems.Add($"{unit.Name}: place {placeById[place].Name} outside the parent's places");
                    }
                }
            }

            if (unit.Dissolved is { } dissolved && dissolved < unit.Established)
            {
                problems.Add($"{unit.Name}: dissolved before established");
            }

            if (!unit.IsLive)
            {
                continue;
            }

            foreach (var place in unit.Places.Where(p => placeById[p].Kind != level.Covers))
            {
                problems.Add($"{unit.Name}: covers {placeById[place].Kind}, level covers {level.Covers}");
            }

            var count = unit.Places.Count;
            if (unit.Kind == OrganizationUnitKind.JointBranch && level.Covers is not null)
            {
                if (count < policy.JointBranchMinUnits || count > policy.JointBranchMaxUnits)
                {
                    problems.Add($"{unit.Name}: joint branch covers {count} units (BR-3)");
                }
            }
            else if (count < level.MinPlaces || count > level.MaxPlaces)
            {
                problems.Add($"{unit.Name}: covers {count} places, level allows {level.MinPlaces}..{level.MaxPlaces}");
            }
        }

        foreach (var group in units.Where(u => u.IsLive && schema.GetLevel(u.Level).ExclusiveCoverage)
                     .SelectMany(u => u.Places.Select(p => (u.Level, Place: p)))
                     .GroupBy(x => x).Where(g => g.Count() > 1))
        {
            problems.Add($"place {placeById[group.Key.Place].Name} covered {group.Count()} times at level {group.Key.Level}");
        }

        return problems;
    }

    /// <summary>Walks parents: the reference answer for "is unit inside scope".</summary>
    public static bool IsWithinByWalking(OrganizationUnit unit, OrganizationUnit scope, IReadOnlyDictionary<OrganizationUnitId, OrganizationUnit> byId)
    {
        for (OrganizationUnit? cursor = unit; cursor is not null; cursor = cursor.ParentId is { } p ? byId[p] : null)
        {
            if (cursor.Id == scope.Id)
            {
                return true;
            }
        }

        return false;
    }
}
