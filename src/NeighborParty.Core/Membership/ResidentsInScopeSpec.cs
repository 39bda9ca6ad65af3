using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Membership;

/// <summary>The residents of a place subtree, by name.</summary>
public sealed class ResidentsInScopeSpec : Specification<Resident>
{
    /// <summary>Initializes a new instance of the <see cref="ResidentsInScopeSpec"/> class.</summary>
    /// <param name="place">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public ResidentsInScopeSpec(HierarchyPath place, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, place, r => r.Compound)
            .OrderBy(r => r.Name).ThenBy(r => r.Id).Skip(skip).Take(take);
    }
}
