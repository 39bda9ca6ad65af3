using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The orders of the compounds in a place subtree, or of a partner, newest first.</summary>
public sealed class OrdersSpec : Specification<ServiceOrder>
{
    /// <summary>Initializes a new instance of the <see cref="OrdersSpec"/> class for a place subtree.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="state">Only this state, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public OrdersSpec(HierarchyPath scope, OrderState? state = null, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, o => o.Compound);
        if (state is { } s)
        {
            Query.Where(o => o.State == s);
        }

        Query.OrderByDescending(o => o.WantedDate).ThenBy(o => o.Id).Skip(skip).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="OrdersSpec"/> class for a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="state">Only this state, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public OrdersSpec(PartnerId partner, OrderState? state = null, int skip = 0, int take = 100)
    {
        Query.Where(o => o.PartnerId == partner);
        if (state is { } s)
        {
            Query.Where(o => o.State == s);
        }

        Query.OrderByDescending(o => o.WantedDate).ThenBy(o => o.Id).Skip(skip).Take(take);
    }
}
