using System.Linq.Expressions;
using Ardalis.Specification;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>Every appointment (any role, any term) at one unit, or at one place and grid: what the seat checks look at.</summary>
public sealed class AppointmentsAtSiteSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentsAtSiteSpec"/> class for a unit.</summary>
    /// <param name="unitId">The unit.</param>
    public AppointmentsAtSiteSpec(OrganizationUnitId unitId) => Query.Where(a => a.UnitId == unitId);

    /// <summary>Initializes a new instance of the <see cref="AppointmentsAtSiteSpec"/> class for a place.</summary>
    /// <param name="placeId">The compound or building.</param>
    public AppointmentsAtSiteSpec(PlaceId placeId) => Query.Where(a => a.PlaceId == placeId);
}

/// <summary>Every appointment a member holds or held.</summary>
public sealed class AppointmentsOfMemberSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentsOfMemberSpec"/> class.</summary>
    /// <param name="memberId">The member.</param>
    public AppointmentsOfMemberSpec(PartyMemberId memberId) => Query.Where(a => a.MemberId == memberId);
}

/// <summary>What to list.</summary>
/// <param name="Role">Only this role's key, or null.</param>
/// <param name="HeldOn">Only appointments in office on this day, or null for all, past and future.</param>
/// <param name="OpenOnly">Only appointments no later appointment to the same seat has succeeded (what reports read).</param>
public sealed record AppointmentFilter(string? Role = null, LocalDate? HeldOn = null, bool OpenOnly = false);

/// <summary>The appointments whose site lies in a unit subtree or in one of some place subtrees, ordered by site and start.</summary>
public sealed class AppointmentsInScopeSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentsInScopeSpec"/> class.</summary>
    /// <param name="unitScope">The unit subtree, or null.</param>
    /// <param name="placeScopes">The place subtrees.</param>
    /// <param name="filter">What to keep, or null for everything.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return; null for all (reports).</param>
    public AppointmentsInScopeSpec(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes, AppointmentFilter? filter = null, int skip = 0, int? take = 100)
    {
        ArgumentNullException.ThrowIfNull(placeScopes);
        Query.Where(InScope(unitScope, placeScopes));
        if (filter?.Role is { } role)
        {
            Query.Where(a => a.RoleKey == role);
        }

        if (filter?.HeldOn is { } day)
        {
            Query.Where(a => a.Start <= day && (a.EndedOn == null ? a.End >= day : a.EndedOn >= day));
        }

        if (filter?.OpenOnly == true)
        {
            Query.Where(a => a.SucceededBy == null);
        }

        // Path order always: pages are stable, and the coverage report walks sites in this order.
        Query.OrderBy(a => a.SitePathHigh).ThenBy(a => a.SitePathLow).ThenBy(a => a.RoleKey).ThenBy(a => a.Start).ThenBy(a => a.Id);
        if (take is { } t)
        {
            Query.Skip(skip).Take(t);
        }
    }

    private static Expression<Func<Appointment, bool>> InScope(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes)
    {
        var a = Expression.Parameter(typeof(Appointment), "a");
        Expression? any = null;
        if (unitScope is { } unit)
        {
            any = Range(a, unit, nameof(Appointment.UnitId));
        }

        foreach (var place in placeScopes)
        {
            var range = Range(a, place, nameof(Appointment.PlaceId));
            any = any is null ? range : Expression.OrElse(any, range);
        }

        return Expression.Lambda<Func<Appointment, bool>>(any ?? Expression.Constant(false), a);
    }

    private static BinaryExpression Range(ParameterExpression a, HierarchyPath scope, string presence)
    {
        // Site paths are unit paths for unit roles and place paths otherwise; the id that is set says which tree.
        scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        var h = Expression.Property(a, nameof(Appointment.SitePathHigh));
        var l = Expression.Property(a, nameof(Appointment.SitePathLow));
        var id = Expression.Property(a, presence);
        return Expression.AndAlso(
            Expression.NotEqual(id, Expression.Constant(null, id.Type)),
            Expression.AndAlso(
                Expression.AndAlso(Expression.GreaterThanOrEqual(h, Expression.Constant(highMin)), Expression.LessThanOrEqual(h, Expression.Constant(highMax))),
                Expression.AndAlso(Expression.GreaterThanOrEqual(l, Expression.Constant(lowMin)), Expression.LessThanOrEqual(l, Expression.Constant(lowMax)))));
    }
}

/// <summary>The governance record of one compound.</summary>
public sealed class GovernanceOfCompoundSpec : Specification<CompoundGovernance>, ISingleResultSpecification<CompoundGovernance>
{
    /// <summary>Initializes a new instance of the <see cref="GovernanceOfCompoundSpec"/> class.</summary>
    /// <param name="compoundId">The compound.</param>
    public GovernanceOfCompoundSpec(PlaceId compoundId) => Query.Where(g => g.CompoundId == compoundId);
}

/// <summary>The governance records of the compounds in a place subtree.</summary>
public sealed class GovernanceInScopeSpec : Specification<CompoundGovernance>
{
    /// <summary>Initializes a new instance of the <see cref="GovernanceInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    public GovernanceInScopeSpec(HierarchyPath scope)
    {
        scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        Query.Where(g => g.CompoundPathHigh >= highMin && g.CompoundPathHigh <= highMax && g.CompoundPathLow >= lowMin && g.CompoundPathLow <= lowMax);
    }
}

/// <summary>Members by id (small sets: a compound's team).</summary>
public sealed class MembersByIdSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersByIdSpec"/> class.</summary>
    /// <param name="ids">The ids.</param>
    public MembersByIdSpec(IReadOnlyCollection<PartyMemberId> ids) => Query.Where(m => ids.Contains(m.Id));
}

/// <summary>Residents by id (small sets: a compound's team).</summary>
public sealed class ResidentsByIdSpec : Specification<Resident>
{
    /// <summary>Initializes a new instance of the <see cref="ResidentsByIdSpec"/> class.</summary>
    /// <param name="ids">The ids.</param>
    public ResidentsByIdSpec(IReadOnlyCollection<ResidentId> ids) => Query.Where(r => ids.Contains(r.Id));
}
