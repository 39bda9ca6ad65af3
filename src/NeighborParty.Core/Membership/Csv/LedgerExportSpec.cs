using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Membership.Csv;

/// <summary>The members a ledger export writes, by name and ID-card number, read-only: streamed, never held all at once.</summary>
internal sealed class LedgerExportSpec : Specification<PartyMember>
{
    public LedgerExportSpec(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes) =>
        Query.Where(MembersInScopeSpec.InScope(unitScope, placeScopes)).OrderBy(m => m.Name).ThenBy(m => m.IdNumber).AsNoTracking();
}
