using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>The governance records of the compounds in a place subtree.</summary>
public sealed class GovernanceInScopeSpec : Specification<CompoundGovernance>
{
    /// <summary>Initializes a new instance of the <see cref="GovernanceInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    public GovernanceInScopeSpec(HierarchyPath scope)
    {
        Query.Within(TreeKind.Place, scope, CompoundGovernance.Positions[0]);
    }
}
