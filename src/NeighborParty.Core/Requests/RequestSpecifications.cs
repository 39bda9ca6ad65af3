using Ardalis.Specification;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>The requests of the compounds in a place subtree, newest first; optionally one category, only open ones, or only those open past their time limit.</summary>
public sealed class RequestsInScopeSpec : Specification<ResidentRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RequestsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="category">Only this category, or null.</param>
    /// <param name="openOnly">Only requests still being handled.</param>
    /// <param name="overdueAt">Only requests open past their time limit at this instant, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public RequestsInScopeSpec(HierarchyPath scope, string? category = null, bool openOnly = false, Instant? overdueAt = null, int skip = 0, int take = 100)
    {
        scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        Query.Where(r => r.CompoundPathHigh >= highMin && r.CompoundPathHigh <= highMax && r.CompoundPathLow >= lowMin && r.CompoundPathLow <= lowMax);
        if (category is not null)
        {
            Query.Where(r => r.Category == category);
        }

        if (openOnly || overdueAt is not null)
        {
            Query.Where(r => r.State == RequestState.Received || r.State == RequestState.Accepted || r.State == RequestState.Assigned || r.State == RequestState.InProgress);
        }

        if (overdueAt is { } now)
        {
            Query.Where(r => r.DueAt < now);
        }

        Query.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Skip(skip).Take(take);
    }
}

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
        scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        Query.Where(w => w.CompoundPathHigh >= highMin && w.CompoundPathHigh <= highMax && w.CompoundPathLow >= lowMin && w.CompoundPathLow <= lowMax);
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
