using Ardalis.Specification;

namespace NeighborParty.Requests;

/// <summary>The micro-wishes a resident posted, latest first.</summary>
public sealed class WishesOfResidentSpec : Specification<MicroWish>
{
    /// <summary>Initializes a new instance of the <see cref="WishesOfResidentSpec"/> class.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="take">How many to return.</param>
    public WishesOfResidentSpec(Membership.ResidentId resident, int take = 100) =>
        Query.Where(w => w.ResidentId == resident).OrderByDescending(w => w.PostedAt).ThenBy(w => w.Id).Take(take);
}
