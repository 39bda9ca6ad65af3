namespace NeighborParty.Common;

/// <summary>Pages of a list computed whole (a report's list), for a host that answers a report a list and a page at a time.</summary>
public static class PageSlices
{
    /// <summary>
    /// A page of a list computed whole (in the report's order): the items after the position the token names. The token
    /// holds a position, so a page of a report whose data changed meanwhile may shift by the change.
    /// </summary>
    /// <typeparam name="T">The items.</typeparam>
    /// <param name="all">The whole list.</param>
    /// <param name="after">The <see cref="Page{T}.Next"/> of the page before, or null for the first page.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="all"/> is null.</exception>
    /// <exception cref="RuleViolationException">A page size out of range, or a token not given out by a slice (<c>NP-GEN-009</c>).</exception>
    public static Page<T> Of<T>(IReadOnlyList<T> all, string? after, int take)
    {
        ArgumentNullException.ThrowIfNull(all);
        Application.UseCaseRules.Page(0, take);
        var start = after is null ? 0 : PageToken.Position(after);
        var items = all.Skip(start).Take(take).ToList();
        return new Page<T>(items, start + take < all.Count ? PageToken.Of(start + take) : null);
    }
}
