using System.Linq.Expressions;
using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The direct children of a unit, in tree order; live ones only unless asked.</summary>
public sealed class ChildUnitsSpec : Specification<OrganizationUnit>
{
    // Built once (a lambda's expression tree is rebuilt, with reflection, each time its code runs; this spec runs on
    // every children request): the parts that capture nothing.
    private static readonly Expression<Func<OrganizationUnit, bool>> Live = u => u.Dissolved == null;
    private static readonly Expression<Func<OrganizationUnit, object?>> High = u => u.Position.PathHigh;
    private static readonly Expression<Func<OrganizationUnit, object?>> Low = u => u.Position.PathLow;

    /// <summary>Initializes a new instance of the <see cref="ChildUnitsSpec"/> class.</summary>
    /// <param name="parentId">The parent unit.</param>
    /// <param name="includeDissolved">Whether dissolved children are included.</param>
    /// <param name="readOnly">Whether the units are only read (a store need not track them for changes; never stage them).</param>
    public ChildUnitsSpec(OrganizationUnitId parentId, bool includeDissolved = false, bool readOnly = false)
    {
        if (readOnly)
        {
            Query.AsNoTracking();
        }

        Query.Where(u => u.ParentId == parentId);
        if (!includeDissolved)
        {
            Query.Where(Live);
        }

        Query.OrderBy(High).ThenBy(Low);
    }
}
