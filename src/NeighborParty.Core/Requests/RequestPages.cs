using System.Linq.Expressions;
using Ardalis.Specification;
using NeighborParty.Common;

namespace NeighborParty.Requests;

/// <summary>The request desk's key order for keyset pages: newest first, then id (the index <c>(ReceivedAt, Id)</c>, read backwards).</summary>
internal static class RequestPages
{
    /// <summary>The order, after the key of <paramref name="after"/> (a token of <see cref="Token"/>), or from the newest.</summary>
    /// <exception cref="RuleViolationException">A malformed token (<c>NP-GEN-009</c>).</exception>
    public static KeysetOrder<ResidentRequest, RequestId> Order(string? after)
    {
        Expression<Func<ResidentRequest, bool>> from = r => true;
        if (after is not null)
        {
            var (at, id) = PageToken.Instant(after);
            var key = new RequestId(id);
            from = r => r.ReceivedAt <= at && (r.ReceivedAt < at || r.Id > key); // the first part is the index's range
        }

        return new(from, q => q.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id), q => q.OrderByDescending(r => r.Id == default ? r.ReceivedAt : r.ReceivedAt).ThenBy(r => r.Id), // the same value, which no index orders
            r => r.Id, ids => r => ids.Contains(r.Id), r => r.Id);
    }

    /// <summary>The predicate of a search (its scope, filters and visibility).</summary>
    public static Expression<Func<ResidentRequest, bool>> Matching(RequestSearch search)
    {
        var spec = new Criteria();
        RequestSearchFilter.Apply(spec.Builder, search);
        return KeysetPages.Criteria(spec);
    }

    /// <summary>The token that continues after <paramref name="last"/>.</summary>
    public static string Token(ResidentRequest last) => PageToken.Of(last.ReceivedAt, last.Id.Value);

    private sealed class Criteria : Specification<ResidentRequest>
    {
        public ISpecificationBuilder<ResidentRequest> Builder => Query;
    }
}
