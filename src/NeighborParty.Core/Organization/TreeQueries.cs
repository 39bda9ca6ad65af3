using System.Linq.Expressions;
using Ardalis.Specification;

namespace NeighborParty.Organization;

/// <summary>
/// The one subtree query of the library: "this record's position lies in that node's subtree", as an expression any
/// store can evaluate — a range on the two indexed path keys in SQL, a compiled comparison in memory.
/// </summary>
public static class TreeQueries
{
    /// <summary>
    /// Keeps the records with any of <paramref name="positions"/> in the subtree of <paramref name="scope"/> (the
    /// scope's node included).
    /// </summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="query">The specification builder.</param>
    /// <param name="tree">The tree of the scope.</param>
    /// <param name="scope">The path of the scope's node (not empty).</param>
    /// <param name="positions">The positions to test, e.g. <c>m =&gt; m.Unit</c>; at least one.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No position is given, or the scope is empty.</exception>
    public static ISpecificationBuilder<T> Within<T>(this ISpecificationBuilder<T> query, TreeKind tree, HierarchyPath scope,
        params Expression<Func<T, TreePosition>>[] positions)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (scope.IsEmpty || tree == TreeKind.None)
        {
            throw new ArgumentException("Give a tree and a node's path.", nameof(scope));
        }

        return query.Where(WithinAnyExpression([(tree, scope)], positions));
    }

    /// <summary>
    /// Keeps the records with any of <paramref name="positions"/> in an actor's reach: the subtree of their unit, or of
    /// any place their unit covers. Nothing is kept when the reach is empty.
    /// </summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="query">The specification builder.</param>
    /// <param name="unitScope">The path of the actor's unit, or null.</param>
    /// <param name="placeScopes">The paths of the places the unit covers.</param>
    /// <param name="positions">The positions to test; at least one.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No position is given.</exception>
    public static ISpecificationBuilder<T> WithinReach<T>(this ISpecificationBuilder<T> query, HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes,
        params Expression<Func<T, TreePosition>>[] positions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(placeScopes);
        var scopes = new List<(TreeKind, HierarchyPath)>(placeScopes.Count + 1);
        if (unitScope is { IsEmpty: false } unit)
        {
            scopes.Add((TreeKind.Unit, unit));
        }

        scopes.AddRange(placeScopes.Where(p => !p.IsEmpty).Select(p => (TreeKind.Place, p)));
        return query.Where(WithinAnyExpression(scopes, positions));
    }

    /// <summary>Builds the predicate "any of <paramref name="positions"/> lies in any of <paramref name="scopes"/>", for use outside a specification.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="scopes">The subtrees, each a tree and a node's path; none gives a predicate that is always false.</param>
    /// <param name="positions">The positions to test; at least one.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No position is given, or a scope is empty.</exception>
    public static Expression<Func<T, bool>> WithinAnyExpression<T>(IReadOnlyList<(TreeKind Tree, HierarchyPath Scope)> scopes,
        IReadOnlyList<Expression<Func<T, TreePosition>>> positions)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Count == 0)
        {
            throw new ArgumentException("Give at least one position.", nameof(positions));
        }

        var item = Expression.Parameter(typeof(T), "x");
        var values = positions.Select(p => (p ?? throw new ArgumentNullException(nameof(positions))) is var position
            ? new Rebind(position.Parameters[0], item).Visit(position.Body) : null).ToList();
        Expression? any = null;
        foreach (var (tree, scope) in scopes)
        {
            if (scope.IsEmpty || tree == TreeKind.None)
            {
                throw new ArgumentException("A scope names a tree and a node's path.", nameof(scopes));
            }

            scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);

            // A holder object rather than constants: a store that translates the expression (EF Core) turns its
            // members into parameters, so every scope of the same shape shares one query plan.
            var bounds = Expression.Constant(new Bounds(tree, highMin, highMax, lowMin, lowMax));
            foreach (var value in values)
            {
                var test = Expression.AndAlso(
                    Expression.Equal(Expression.Property(value, nameof(TreePosition.Tree)), Expression.Property(bounds, nameof(Bounds.Tree))),
                    Range(Expression.Property(value, nameof(TreePosition.PathHigh)), bounds, nameof(Bounds.HighMin), nameof(Bounds.HighMax)));
                if (lowMin != long.MinValue || lowMax != long.MaxValue)
                {
                    test = Expression.AndAlso(test, Range(Expression.Property(value, nameof(TreePosition.PathLow)), bounds, nameof(Bounds.LowMin), nameof(Bounds.LowMax)));
                }

                any = any is null ? test : Expression.OrElse(any, test);
            }
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(false), item);
    }

    private static BinaryExpression Range(Expression key, Expression bounds, string min, string max) => Expression.AndAlso(
        Expression.GreaterThanOrEqual(key, Expression.Property(bounds, min)),
        Expression.LessThanOrEqual(key, Expression.Property(bounds, max)));

    private sealed record Bounds(TreeKind Tree, long HighMin, long HighMax, long LowMin, long LowMax);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
