using Ardalis.Specification;

namespace NeighborParty.Requests;

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
