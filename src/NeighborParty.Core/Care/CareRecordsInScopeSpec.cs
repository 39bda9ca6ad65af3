using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Care;

/// <summary>The care records of the compounds in a place subtree: open ones (at home or in a facility), or all.</summary>
public sealed class CareRecordsInScopeSpec : Specification<CareRecord>
{
    /// <summary>Initializes a new instance of the <see cref="CareRecordsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="openOnly">Leave out closed records.</param>
    /// <param name="take">How many to return.</param>
    public CareRecordsInScopeSpec(HierarchyPath scope, bool openOnly = true, int take = 1000)
    {
        Query.Within(TreeKind.Place, scope, c => c.Compound);
        if (openOnly)
        {
            Query.Where(c => c.Status != CareStatus.Closed);
        }

        Query.OrderBy(c => c.RegisteredAt).ThenBy(c => c.Id).Take(take);
    }
}
