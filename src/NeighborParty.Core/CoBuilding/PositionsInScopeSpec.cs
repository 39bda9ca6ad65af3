using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The positions in the compounds of a place subtree.</summary>
public sealed class PositionsInScopeSpec : Specification<Position>
{
    /// <summary>Initializes a new instance of the <see cref="PositionsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="take">How many to return.</param>
    public PositionsInScopeSpec(HierarchyPath scope, int take = 500)
    {
        Query.Within(TreeKind.Place, scope, p => p.Compound)
            .OrderBy(p => p.Kind).ThenBy(p => p.Name).ThenBy(p => p.Id).Take(take);
    }
}
