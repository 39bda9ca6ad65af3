using System.Linq.Expressions;
using NeighborParty.Common;

namespace NeighborParty.Membership;

/// <summary>The ledger's key order for keyset pages: by name, then id (the index <c>(Name, Id)</c>).</summary>
internal static class MemberPages
{
    /// <summary>The order, after the key of <paramref name="after"/> (a token of <see cref="Token"/>), or from the start.</summary>
    /// <exception cref="RuleViolationException">A malformed token (<c>NP-GEN-009</c>).</exception>
    public static KeysetOrder<PartyMember, PartyMemberId> Order(string? after)
    {
        Expression<Func<PartyMember, bool>> from = m => true;
        if (after is not null)
        {
            var (name, id) = PageToken.Text(after);
            var key = new PartyMemberId(id);
            from = m => m.Name.CompareTo(name) >= 0 && (m.Name.CompareTo(name) > 0 || m.Id > key); // the first part is the index's range
        }

        return new(from, q => q.OrderBy(m => m.Name).ThenBy(m => m.Id), q => q.OrderBy(m => m.Name + "").ThenBy(m => m.Id),
            m => m.Id, ids => m => ids.Contains(m.Id), m => m.Id);
    }

    /// <summary>The token that continues after <paramref name="last"/>.</summary>
    public static string Token(PartyMember last) => PageToken.Of(last.Name, last.Id.Value);
}
