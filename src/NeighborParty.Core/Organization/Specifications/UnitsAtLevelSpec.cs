using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

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
