using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Requests;

/// <summary>The public requests matching a search, newest first, one page, projected to <see cref="PublicRequest"/> (one query).</summary>
internal sealed class PublicRequestsSpec : Specification<ResidentRequest, PublicRequest>
{
    // Built once: a lambda's expression tree is rebuilt (with reflection over the entity's properties) every time the
    // code that contains it runs, and the Open311 list runs this on every call.
    private static readonly System.Linq.Expressions.Expression<Func<ResidentRequest, PublicRequest>> Projection = r => new PublicRequest(r.Id, r.Category, r.State,
        r.Description, r.AssigneeName, r.Outcome, r.DuplicateOf, r.ReceivedAt, r.UpdatedAt, r.DueAt, new PlaceId(r.Compound.NodeId), r.BuildingId, r.Latitude, r.Longitude,
        r.Media.Select(m => m.Url).FirstOrDefault());

    private static readonly System.Linq.Expressions.Expression<Func<ResidentRequest, object?>> Received = r => r.ReceivedAt;

    private static readonly System.Linq.Expressions.Expression<Func<ResidentRequest, object?>> Id = r => r.Id;

    /// <summary>Initializes a new instance of the <see cref="PublicRequestsSpec"/> class.</summary>
    /// <param name="search">The search (only public requests are read, whatever it says).</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public PublicRequestsSpec(RequestSearch search, int skip, int take)
    {
        RequestSearchFilter.Apply(Query, search with { PublicOnly = true });
        Query.AsNoTracking();
        Query.OrderByDescending(Received).ThenBy(Id).Skip(skip).Take(take);
        Query.Select(Projection);
    }
}
