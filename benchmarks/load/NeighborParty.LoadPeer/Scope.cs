using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NeighborParty.Organization;

namespace NeighborParty.LoadPeer;

/// <summary>The peer's scope check: the actor's unit (the token's <c>np_scope</c>) and a path-prefix test against it.</summary>
/// <param name="High">The unit's high path key.</param>
/// <param name="Low">The unit's low path key.</param>
internal readonly record struct Scope(long High, long Low)
{
    /// <summary>Reads the actor's unit path (one query), or null when the token names no unit.</summary>
    public static async Task<Scope?> OfAsync(PeerDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Guid.TryParse(user.FindFirst("np_scope")?.Value, out var unit))
        {
            return null;
        }

        var keys = await db.Units.Where(u => u.Id == unit).Select(u => new { u.PositionPathHigh, u.PositionPathLow }).FirstOrDefaultAsync(ct);
        return keys is null ? null : new Scope(keys.PositionPathHigh, keys.PositionPathLow);
    }

    /// <summary>Tells whether a node lies in the actor's subtree.</summary>
    public bool Contains(long high, long low)
    {
        var b = Bounds(High, Low);
        return high >= b.HighMin && high <= b.HighMax && low >= b.LowMin && low <= b.LowMax;
    }

    /// <summary>The key ranges of a node's subtree.</summary>
    public static (long HighMin, long HighMax, long LowMin, long LowMax) Bounds(long high, long low)
    {
        HierarchyPath.FromSortKeys(high, low).GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        return (highMin, highMax, lowMin, lowMax);
    }

    /// <summary>The members of a unit's scope: relationship in its subtree, or living or registered in its places.</summary>
    public static Expression<Func<MemberRow, bool>> MembersOf(long unitHigh, long unitLow, IReadOnlyList<(long High, long Low)> places)
    {
        var u = Bounds(unitHigh, unitLow);
        Expression<Func<MemberRow, bool>> any = m => m.UnitTree == 1 && m.UnitPathHigh >= u.HighMin && m.UnitPathHigh <= u.HighMax && m.UnitPathLow >= u.LowMin && m.UnitPathLow <= u.LowMax;
        foreach (var (high, low) in places)
        {
            var p = Bounds(high, low);
            Expression<Func<MemberRow, bool>> lives = m => m.ResidenceTree == 2 && m.ResidencePathHigh >= p.HighMin && m.ResidencePathHigh <= p.HighMax && m.ResidencePathLow >= p.LowMin && m.ResidencePathLow <= p.LowMax;
            Expression<Func<MemberRow, bool>> registered = m => m.RegistrationTree == 2 && m.RegistrationPathHigh >= p.HighMin && m.RegistrationPathHigh <= p.HighMax && m.RegistrationPathLow >= p.LowMin && m.RegistrationPathLow <= p.LowMax;
            any = Or(Or(any, lives), registered);
        }

        return any;
    }

    private static Expression<Func<MemberRow, bool>> Or(Expression<Func<MemberRow, bool>> left, Expression<Func<MemberRow, bool>> right) =>
        Expression.Lambda<Func<MemberRow, bool>>(Expression.OrElse(left.Body, new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body)), left.Parameters);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
