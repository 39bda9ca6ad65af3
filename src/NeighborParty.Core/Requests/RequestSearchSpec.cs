using Ardalis.Specification;

namespace NeighborParty.Requests;

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
