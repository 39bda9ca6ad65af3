using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The partners registered in a place subtree, by name.</summary>
public sealed class PartnersInScopeSpec : Specification<Partner>
{
    /// <summary>Initializes a new instance of the <see cref="PartnersInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public PartnersInScopeSpec(HierarchyPath scope, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, p => p.Home)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(skip).Take(take);
    }
}
