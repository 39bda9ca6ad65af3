using System.Linq.Expressions;
using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Requests;

internal static class RequestSearchFilter
{
    // The filters that capture nothing, built once (a lambda's expression tree is rebuilt each time its code runs).
    private static readonly Expression<Func<ResidentRequest, bool>> IsOpen =
        r => r.State == RequestState.Received || r.State == RequestState.Accepted || r.State == RequestState.Assigned || r.State == RequestState.InProgress;

    private static readonly Expression<Func<ResidentRequest, bool>> IsClosed =
        r => r.State == RequestState.Resolved || r.State == RequestState.Closed || r.State == RequestState.Declined || r.State == RequestState.Duplicate;

    private static readonly Expression<Func<ResidentRequest, bool>> IsPublic = r => r.IsPublic;

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
            query.Where(IsOpen);
        }
        else if (search.Status == RequestStatusFilter.Closed)
        {
            query.Where(IsClosed);
        }

        if (search.OverdueAt is { } now)
        {
            query.Where(r => r.DueAt < now);
        }

        if (search.PublicOnly)
        {
            query.Where(IsPublic);
        }

        if (search.VisibleTo is { } resident)
        {
            query.Where(r => r.IsPublic || r.ResidentId == resident);
        }
    }
}
