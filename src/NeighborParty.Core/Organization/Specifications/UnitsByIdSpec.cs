using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

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
