using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Membership;

/// <summary>Every member whose relationship, residence or registration lies in the given scopes (for counting; no paging).</summary>
public sealed class MembersForCountingSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersForCountingSpec"/> class.</summary>
    /// <param name="unitScope">The unit subtree, or null.</param>
    /// <param name="placeScopes">The place subtrees (at most 16).</param>
    public MembersForCountingSpec(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes) =>
        Query.Where(MembersInScopeSpec.InScope(unitScope, placeScopes));
}
