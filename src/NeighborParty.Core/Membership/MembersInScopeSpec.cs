using System.Linq.Expressions;
using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Membership;

/// <summary>
/// The members that belong to a scope: relationship in a unit subtree, or living or registered in a place subtree
/// (each one indexed range); ordered by name and id, one page at a time.
/// </summary>
public sealed class MembersInScopeSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersInScopeSpec"/> class.</summary>
    /// <param name="unitScope">The unit subtree whose members (by relationship) are listed, or null.</param>
    /// <param name="placeScopes">Place subtrees whose residents and registered members are listed (at most 16).</param>
    /// <param name="filter">Further filters, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return (1 to 1,000).</param>
    /// <exception cref="ArgumentOutOfRangeException">Paging or the number of place scopes is out of range.</exception>
    public MembersInScopeSpec(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes, MemberFilter? filter = null, int skip = 0, int take = 100)
    {
        ArgumentNullException.ThrowIfNull(placeScopes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(placeScopes.Count, 16);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, 1000);
        Query.Where(InScope(unitScope, placeScopes));
        if (filter?.Status == MemberStatus.Full)
        {
            Query.Where(m => m.MadeFull != null);
        }
        else if (filter?.Status == MemberStatus.Probationary)
        {
            Query.Where(m => m.MadeFull == null);
        }

        if (filter?.Category is { } category)
        {
            Query.Where(m => m.Category == category);
        }

        if (filter?.Mobile is { } mobile)
        {
            Query.Where(m => m.IsMobile == mobile);
        }

        if (!string.IsNullOrWhiteSpace(filter?.Name))
        {
            var name = filter.Name.Trim();
            Query.Where(m => m.Name.Contains(name));
        }

        Query.OrderBy(m => m.Name).ThenBy(m => m.Id).Skip(skip).Take(take);
    }

    /// <summary>Builds the whole predicate of a list of the ledger: in the scope (<see cref="InScope"/>), and the filter's status, category, mobility and name.</summary>
    /// <param name="unitScope">The unit subtree, or null.</param>
    /// <param name="placeScopes">The place subtrees.</param>
    /// <param name="filter">The filter, or null.</param>
    /// <returns>The predicate.</returns>
    public static Expression<Func<PartyMember, bool>> Matching(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes, MemberFilter? filter)
    {
        var parts = new List<Expression<Func<PartyMember, bool>>> { InScope(unitScope, placeScopes) };
        if (filter?.Status == MemberStatus.Full)
        {
            parts.Add(m => m.MadeFull != null);
        }
        else if (filter?.Status == MemberStatus.Probationary)
        {
            parts.Add(m => m.MadeFull == null);
        }

        if (filter?.Category is { } category)
        {
            parts.Add(m => m.Category == category);
        }

        if (filter?.Mobile is { } mobile)
        {
            parts.Add(m => m.IsMobile == mobile);
        }

        if (!string.IsNullOrWhiteSpace(filter?.Name))
        {
            var name = filter.Name.Trim();
            parts.Add(m => m.Name.Contains(name));
        }

        var row = Expression.Parameter(typeof(PartyMember), "m");
        var body = parts.Select(p => Common.KeysetPages.Inline(p, row)).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<PartyMember, bool>>(body, row);
    }

    /// <summary>Builds the predicate "relationship in the unit subtree, or residence or registration in one of the place subtrees".</summary>
    /// <param name="unitScope">The unit subtree, or null.</param>
    /// <param name="placeScopes">The place subtrees.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placeScopes"/> is null.</exception>
    public static Expression<Func<PartyMember, bool>> InScope(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes)
    {
        ArgumentNullException.ThrowIfNull(placeScopes);
        var scopes = new List<(TreeKind, HierarchyPath)>();
        if (unitScope is { IsEmpty: false } unit)
        {
            scopes.Add((TreeKind.Unit, unit));
        }

        scopes.AddRange(placeScopes.Select(p => (TreeKind.Place, p)));
        return TreeQueries.WithinAnyExpression(scopes, PartyMember.Positions);
    }
}
