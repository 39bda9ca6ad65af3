using Ardalis.Specification;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>The micro-wishes of the compounds in a place subtree: all, those nobody has claimed, or those not fulfilled by their day.</summary>
public sealed class WishesInScopeSpec : Specification<MicroWish>
{
    /// <summary>Initializes a new instance of the <see cref="WishesInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="unclaimedOnly">Only wishes nobody has claimed.</param>
    /// <param name="overdueOn">Only wishes not fulfilled by this day, or null.</param>
    /// <param name="take">How many to return.</param>
    public WishesInScopeSpec(HierarchyPath scope, bool unclaimedOnly = false, LocalDate? overdueOn = null, int take = 500)
    {
        Query.Within(TreeKind.Place, scope, w => w.Compound);
        if (unclaimedOnly)
        {
            Query.Where(w => w.State == WishState.Posted);
        }

        if (overdueOn is { } day)
        {
            Query.Where(w => (w.State == WishState.Posted || w.State == WishState.Claimed) && w.DueOn < day);
        }

        Query.OrderBy(w => w.DueOn).ThenBy(w => w.Id).Take(take);
    }
}
