using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>One unit's path keys (any state), projected where it is stored: a scope check without loading the aggregate.</summary>
internal sealed class UnitPathByIdSpec : SingleResultSpecification<OrganizationUnit, PathKeys>
{
    public UnitPathByIdSpec(OrganizationUnitId id)
    {
        Query.AsNoTracking().Where(u => u.Id == id);
        Query.Select(u => new PathKeys(u.Position.PathHigh, u.Position.PathLow));
    }
}
