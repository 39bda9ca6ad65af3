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
