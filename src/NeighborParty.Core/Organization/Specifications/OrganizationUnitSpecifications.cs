using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The direct children of a unit, in tree order; live ones only unless asked.</summary>
public sealed class ChildUnitsSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="ChildUnitsSpec"/> class.</summary>
    /// <param name="parentId">The parent unit.</param>
    /// <param name="includeDissolved">Whether dissolved children are included.</param>
    public ChildUnitsSpec(OrganizationUnitId parentId, bool includeDissolved = false)
    {
        Query.Where(u => u.ParentId == parentId);
        if (!includeDissolved)
        {
            Query.Where(u => u.Dissolved == null);
        }

        Query.OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}

/// <summary>
/// A unit and everything below it, in tree order (pre-order). Runs as a range query on the indexed path, never by
/// walking the tree.
/// </summary>
public sealed class UnitSubtreeSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="UnitSubtreeSpec"/> class.</summary>
    /// <param name="root">The path of the subtree's root.</param>
    /// <param name="includeDissolved">Whether dissolved units are included.</param>
    public UnitSubtreeSpec(HierarchyPath root, bool includeDissolved = true)
    {
        Query.Within(TreeKind.Unit, root, u => u.Position);
        if (!includeDissolved)
        {
            Query.Where(u => u.Dissolved == null);
        }

        Query.OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}

/// <summary>The root units (those without a parent).</summary>
public sealed class RootUnitsSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="RootUnitsSpec"/> class.</summary>
    public RootUnitsSpec() => Query.Where(u => u.ParentId == null).OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
}

/// <summary>The units at a level of the schema, optionally inside a subtree; live ones only unless asked.</summary>
public sealed class UnitsAtLevelSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="UnitsAtLevelSpec"/> class.</summary>
    /// <param name="level">The level key.</param>
    /// <param name="within">If set, only units inside this subtree.</param>
    /// <param name="includeDissolved">Whether dissolved units are included.</param>
    public UnitsAtLevelSpec(string level, HierarchyPath? within = null, bool includeDissolved = false)
    {
        ArgumentNullException.ThrowIfNull(level);
        Query.Where(u => u.Level == level);
        if (within is { } scope)
        {
            Query.Within(TreeKind.Unit, scope, u => u.Position);
        }

        if (!includeDissolved)
        {
            Query.Where(u => u.Dissolved == null);
        }

        Query.OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}

/// <summary>The live units of the given levels that cover any of the given places.</summary>
public sealed class LiveUnitsCoveringSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="LiveUnitsCoveringSpec"/> class.</summary>
    /// <param name="levels">The level keys.</param>
    /// <param name="places">The places.</param>
    public LiveUnitsCoveringSpec(IReadOnlyCollection<string> levels, IReadOnlyCollection<PlaceId> places)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(places);
        var levelList = levels.ToList();
        var placeList = places.ToList();
        Query.Where(u => u.Dissolved == null && levelList.Contains(u.Level) && u.Coverage.Any(c => placeList.Contains(c.PlaceId)))
            .OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}

/// <summary>The units with the given ids (any state).</summary>
public sealed class UnitsByIdSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="UnitsByIdSpec"/> class.</summary>
    /// <param name="ids">The ids.</param>
    public UnitsByIdSpec(IReadOnlyCollection<OrganizationUnitId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.ToList();
        Query.Where(u => list.Contains(u.Id));
    }
}
