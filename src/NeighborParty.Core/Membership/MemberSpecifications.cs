using System.Linq.Expressions;
using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Membership;

/// <summary>The member with an ID-card number (the ledger's match key).</summary>
public sealed class MemberByIdNumberSpec : Specification<PartyMember>, ISingleResultSpecification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MemberByIdNumberSpec"/> class.</summary>
    /// <param name="idNumber">The full, normalised number (<see cref="IdCardNumber.Reveal"/>).</param>
    public MemberByIdNumberSpec(string idNumber) => Query.Where(m => m.IdNumber == idNumber);
}

/// <summary>The members with any of the given ID-card numbers.</summary>
public sealed class MembersByIdNumbersSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersByIdNumbersSpec"/> class.</summary>
    /// <param name="idNumbers">The full, normalised numbers.</param>
    public MembersByIdNumbersSpec(IReadOnlyCollection<string> idNumbers) => Query.Where(m => idNumbers.Contains(m.IdNumber));
}

/// <summary>What to list of the ledger, beyond the scope.</summary>
/// <param name="Status">Only this status, or all.</param>
/// <param name="Category">Only this category, or all.</param>
/// <param name="Mobile">Only mobile (or only not mobile) members, or all.</param>
/// <param name="Name">Only names containing this text, or all.</param>
public sealed record MemberFilter(MemberStatus? Status = null, MemberCategory? Category = null, bool? Mobile = null, string? Name = null);

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

    /// <summary>Builds "relationship in the unit subtree, or residence or registration in one of the place subtrees" as one SQL-translatable predicate.</summary>
    /// <param name="unitScope">The unit subtree, or null.</param>
    /// <param name="placeScopes">The place subtrees.</param>
    /// <returns>The predicate (false when both are empty).</returns>
    public static Expression<Func<PartyMember, bool>> InScope(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes)
    {
        ArgumentNullException.ThrowIfNull(placeScopes);
        var m = Expression.Parameter(typeof(PartyMember), "m");
        Expression? any = null;
        if (unitScope is { } unit)
        {
            any = Range(m, unit, nameof(PartyMember.UnitPathHigh), nameof(PartyMember.UnitPathLow), nameof(PartyMember.UnitId));
        }

        foreach (var place in placeScopes)
        {
            var residence = Range(m, place, nameof(PartyMember.ResidencePathHigh), nameof(PartyMember.ResidencePathLow), nameof(PartyMember.ResidenceCompoundId));
            var registration = Range(m, place, nameof(PartyMember.RegistrationPathHigh), nameof(PartyMember.RegistrationPathLow), nameof(PartyMember.RegisteredCompoundId));
            var either = Expression.OrElse(residence, registration);
            any = any is null ? either : Expression.OrElse(any, either);
        }

        return Expression.Lambda<Func<PartyMember, bool>>(any ?? Expression.Constant(false), m);
    }

    private static BinaryExpression Range(ParameterExpression m, HierarchyPath scope, string high, string low, string presence)
    {
        scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        var h = Expression.Property(m, high);
        var l = Expression.Property(m, low);
        var property = Expression.Property(m, presence);
        var present = Expression.NotEqual(property, Expression.Constant(null, property.Type));
        return Expression.AndAlso(present, Expression.AndAlso(
            Expression.AndAlso(Expression.GreaterThanOrEqual(h, Expression.Constant(highMin)), Expression.LessThanOrEqual(h, Expression.Constant(highMax))),
            Expression.AndAlso(Expression.GreaterThanOrEqual(l, Expression.Constant(lowMin)), Expression.LessThanOrEqual(l, Expression.Constant(lowMax)))));
    }
}

/// <summary>Every member whose relationship, residence or registration lies in the given scopes (for counting; no paging).</summary>
public sealed class MembersForCountingSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersForCountingSpec"/> class.</summary>
    /// <param name="unitScope">The unit subtree, or null.</param>
    /// <param name="placeScopes">The place subtrees (at most 16).</param>
    public MembersForCountingSpec(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes) =>
        Query.Where(MembersInScopeSpec.InScope(unitScope, placeScopes));
}

/// <summary>The residents of a place subtree, by name.</summary>
public sealed class ResidentsInScopeSpec : Specification<Resident>
{
    /// <summary>Initializes a new instance of the <see cref="ResidentsInScopeSpec"/> class.</summary>
    /// <param name="place">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public ResidentsInScopeSpec(HierarchyPath place, int skip = 0, int take = 100)
    {
        place.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        Query.Where(r => r.CompoundPathHigh >= highMin && r.CompoundPathHigh <= highMax && r.CompoundPathLow >= lowMin && r.CompoundPathLow <= lowMax)
            .OrderBy(r => r.Name).ThenBy(r => r.Id).Skip(skip).Take(take);
    }
}
