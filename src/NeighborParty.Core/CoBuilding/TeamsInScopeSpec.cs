using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The teams deployed through the places of a place subtree.</summary>
public sealed class TeamsInScopeSpec : Specification<DeployedTeam>
{
    /// <summary>Initializes a new instance of the <see cref="TeamsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="take">How many to return.</param>
    public TeamsInScopeSpec(HierarchyPath scope, int take = 500)
    {
        Query.Within(TreeKind.Place, scope, t => t.Home)
            .OrderBy(t => t.Kind).ThenBy(t => t.Name).ThenBy(t => t.Id).Take(take);
    }
}
