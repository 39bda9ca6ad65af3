using System.Linq.Expressions;
using NeighborParty.Common;

namespace NeighborParty.CoBuilding;

/// <summary>The covenants' key order for keyset pages: by title, then id (the index <c>(Title, Id)</c>).</summary>
internal static class CovenantPages
{
    /// <summary>The order, after the key of <paramref name="after"/> (a token of <see cref="Token"/>), or from the start.</summary>
    /// <exception cref="RuleViolationException">A malformed token (<c>NP-GEN-009</c>).</exception>
    public static KeysetOrder<Covenant, CovenantId> Order(string? after)
    {
        Expression<Func<Covenant, bool>> from = c => true;
        if (after is not null)
        {
            var (title, id) = PageToken.Text(after);
            var key = new CovenantId(id);
            from = c => c.Title.CompareTo(title) >= 0 && (c.Title.CompareTo(title) > 0 || c.Id > key);
        }

        return new(from, q => q.OrderBy(c => c.Title).ThenBy(c => c.Id), q => q.OrderBy(c => c.Title + "").ThenBy(c => c.Id),
            c => c.Id, ids => c => ids.Contains(c.Id), c => c.Id);
    }

    /// <summary>The token that continues after <paramref name="last"/>.</summary>
    public static string Token(Covenant last) => PageToken.Of(last.Title, last.Id.Value);
}
