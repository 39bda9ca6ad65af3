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
        Query.Within(TreeKind.Place, scope, r => r.Compound);
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

/// <summary>Whether a search wants requests still being handled, finished ones, or both (Open311's <c>open</c> / <c>closed</c>).</summary>
public enum RequestStatusFilter
{
    /// <summary>Every state.</summary>
    Any = 0,

    /// <summary>Received, accepted, assigned or in progress.</summary>
    Open = 1,

    /// <summary>Resolved, closed, declined or a duplicate.</summary>
    Closed = 2,
}

/// <summary>A search over requests; every part is optional and the parts combine with "and".</summary>
/// <param name="Scope">Only compounds in this place subtree, or null for everywhere.</param>
/// <param name="Ids">Only these requests, or null.</param>
/// <param name="Categories">Only these categories, or null.</param>
/// <param name="ReceivedFrom">Only requests received at or after this instant, or null.</param>
/// <param name="ReceivedBefore">Only requests received before this instant, or null.</param>
/// <param name="Status">Open, closed, or any.</param>
/// <param name="PublicOnly">Only requests marked public.</param>
/// <param name="VisibleTo">Only requests public or raised by this resident, or null.</param>
/// <param name="OverdueAt">Only requests open past their time limit at this instant, or null.</param>
public sealed record RequestSearch(HierarchyPath? Scope = null, IReadOnlyCollection<RequestId>? Ids = null, IReadOnlyCollection<string>? Categories = null,
    Instant? ReceivedFrom = null, Instant? ReceivedBefore = null, RequestStatusFilter Status = RequestStatusFilter.Any, bool PublicOnly = false,
    Membership.ResidentId? VisibleTo = null, Instant? OverdueAt = null);

/// <summary>Requests matching a <see cref="RequestSearch"/>, newest first, one page.</summary>
public sealed class RequestSearchSpec : Specification<ResidentRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RequestSearchSpec"/> class.</summary>
    /// <param name="search">The search.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    /// <exception cref="ArgumentNullException"><paramref name="search"/> is null.</exception>
    public RequestSearchSpec(RequestSearch search, int skip = 0, int take = 100)
    {
        ArgumentNullException.ThrowIfNull(search);
        RequestSearchFilter.Apply(Query, search);
        Query.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Skip(skip).Take(take);
    }
}

/// <summary>The number of requests matching a <see cref="RequestSearch"/> (use with <c>CountAsync</c>).</summary>
public sealed class RequestCountSpec : Specification<ResidentRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RequestCountSpec"/> class.</summary>
    /// <param name="search">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="search"/> is null.</exception>
    public RequestCountSpec(RequestSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        RequestSearchFilter.Apply(Query, search);
    }
}

/// <summary>The deliberations of the compounds in a place subtree, or about one request, latest first.</summary>
public sealed class DeliberationsSpec : Specification<Deliberation>
{
    /// <summary>Initializes a new instance of the <see cref="DeliberationsSpec"/> class for a place subtree.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public DeliberationsSpec(HierarchyPath scope, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, d => d.Compound)
            .OrderByDescending(d => d.ScheduledAt).ThenBy(d => d.Id).Skip(skip).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="DeliberationsSpec"/> class for the deliberations about one request.</summary>
    /// <param name="request">The request.</param>
    public DeliberationsSpec(RequestId request) =>
        Query.Where(d => d.RequestLinks.Any(r => r.RequestId == request)).OrderByDescending(d => d.ScheduledAt).ThenBy(d => d.Id);
}

internal static class RequestSearchFilter
{
    public static void Apply(ISpecificationBuilder<ResidentRequest> query, RequestSearch search)
    {
        if (search.Scope is { } scope)
        {
            query.Within(TreeKind.Place, scope, ResidentRequest.Positions[0]);
        }

        if (search.Ids is { } ids)
        {
            var list = ids.ToList();
            query.Where(r => list.Contains(r.Id));
        }

        if (search.Categories is { } categories)
        {
            var list = categories.ToList();
            query.Where(r => list.Contains(r.Category));
        }

        if (search.ReceivedFrom is { } from)
        {
            query.Where(r => r.ReceivedAt >= from);
        }

        if (search.ReceivedBefore is { } before)
        {
            query.Where(r => r.ReceivedAt < before);
        }

        if (search.Status == RequestStatusFilter.Open || search.OverdueAt is not null)
        {
            query.Where(r => r.State == RequestState.Received || r.State == RequestState.Accepted || r.State == RequestState.Assigned || r.State == RequestState.InProgress);
        }
        else if (search.Status == RequestStatusFilter.Closed)
        {
            query.Where(r => r.State == RequestState.Resolved || r.State == RequestState.Closed || r.State == RequestState.Declined || r.State == RequestState.Duplicate);
        }

        if (search.OverdueAt is { } now)
        {
            query.Where(r => r.DueAt < now);
        }

        if (search.PublicOnly)
        {
            query.Where(r => r.IsPublic);
        }

        if (search.VisibleTo is { } resident)
        {
            query.Where(r => r.IsPublic || r.ResidentId == resident);
        }
    }
}

/// <summary>The micro-wishes a resident posted, latest first.</summary>
public sealed class WishesOfResidentSpec : Specification<MicroWish>
{
    /// <summary>Initializes a new instance of the <see cref="WishesOfResidentSpec"/> class.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="take">How many to return.</param>
    public WishesOfResidentSpec(Membership.ResidentId resident, int take = 100) =>
        Query.Where(w => w.ResidentId == resident).OrderByDescending(w => w.PostedAt).ThenBy(w => w.Id).Take(take);
}
