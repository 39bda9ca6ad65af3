using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>The governance records of the compounds in a place subtree.</summary>
public sealed class GovernanceInScopeSpec : Specification<CompoundGovernance>
{
    /// <summary>Initializes a new instance of the <see cref="GovernanceInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="readOnly">Whether the records are only read (a store need not track them; never stage them).</param>
    public GovernanceInScopeSpec(HierarchyPath scope, bool readOnly = false)
    {
        if (readOnly)
        {
            Query.AsNoTracking();
        }

        Query.Within(TreeKind.Place, scope, CompoundGovernance.Positions[0]);
    }
}
