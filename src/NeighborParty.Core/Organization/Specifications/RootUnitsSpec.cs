using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The root units (those without a parent).</summary>
public sealed class RootUnitsSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="RootUnitsSpec"/> class.</summary>
    public RootUnitsSpec() => Query.Where(u => u.ParentId == null).OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
}
