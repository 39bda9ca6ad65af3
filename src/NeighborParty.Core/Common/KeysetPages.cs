using System.Linq.Expressions;
using NeighborParty.Persistence;

namespace NeighborParty.Common;

/// <summary>
/// Reads one keyset page of a list (members by name, requests newest first, covenants by title) in a bounded number of
/// rows, whatever the scope's size, on any store that runs <see cref="IAggregateQueries"/>.
/// </summary>
/// <remarks>
/// <para>A page is the first rows after the key, in key order, that match the scope. Two ways read it, and the cheaper
/// one is known after a small probe:</para>
/// <list type="number">
/// <item>A large scope (a province's root) holds a good share of the rows: walk the key's index from the key for a
/// few pages' worth of rows (and, if the share seen says the page lies within it, for up to <see cref="Probe"/>),
/// reading only each row's id and whether it matches; when the page is among them (or the walk reached the end of the
/// list), load just its rows by id.</item>
/// <item>A small scope (a community, a street) holds few rows: read its own index ranges and sort them, with the
/// order written so that no planner walks the key's index instead (SQLite, without range statistics, cannot tell the
/// two scopes apart).</item>
/// </list>
/// <para>So the root reads ~200 index entries and 51 rows, a community ~200 entries and its own few hundred rows: the
/// first, a middle and the last page cost the same (issue 26).</para>
/// </remarks>
internal static class KeysetPages
{
    /// <summary>How many rows in key order the first way walks at most.</summary>
    public const int Probe = 1000;

    /// <summary>Reads a page.</summary>
    /// <typeparam name="T">The aggregate listed.</typeparam>
    /// <typeparam name="TId">Its id.</typeparam>
    /// <param name="queries">The store's queries.</param>
    /// <param name="order">The list's key order.</param>
    /// <param name="matching">Which rows the list shows (the scope and filters).</param>
    /// <param name="take">The page's size.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="narrow">Whether the caller knows the scope holds few rows (a branch and its groups): then only the second way is taken.</param>
    /// <returns>The page's rows in order, and whether more follow.</returns>
    public static async Task<(List<T> Items, bool More)> ReadAsync<T, TId>(IAggregateQueries queries, KeysetOrder<T, TId> order, Expression<Func<T, bool>> matching,
        int take, CancellationToken cancellationToken, bool narrow = false)
        where T : class, Domain.IAggregateRoot
        where TId : struct
    {
        if (narrow)
        {
            // The caller knows the scope is small (a branch and its groups): its own ranges and a sort, without a probe
            // that would find a few of its rows among the key's first few hundred (issue 26: one statement fewer).
            var own = await queries.ListAsync<T, T>(q => order.ByValue(q.Where(matching).Where(order.After)).Take(take + 1), cancellationToken);
            return (own.Take(take).ToList(), own.Count > take);
        }

        // 1. The key's index from the key, ids and matches only: a few pages' worth first, and a longer walk only when
        // what the short one found says that the page lies within it.
        var row = Expression.Parameter(typeof(T), "x");
        var probeRow = Expression.Lambda<Func<T, ProbeRow<TId>>>(
            Expression.New(typeof(ProbeRow<TId>).GetConstructors()[0], Inline(order.Id, row), Inline(matching, row)), row);
        var walk = Math.Min(Probe, 4 * (take + 1));
        while (true)
        {
            var length = walk;
            var probe = await queries.ListAsync<T, ProbeRow<TId>>(q => order.ByIndex(q.Where(order.After)).Take(length).Select(probeRow), cancellationToken);
            var matched = probe.Where(p => p.Matches).Select(p => p.Id).Take(take + 1).ToList();
            if (matched.Count > take || probe.Count < length)
            {
                var loaded = await queries.ListAsync<T, T>(q => q.Where(order.IdIn(matched)), cancellationToken);
                var byId = loaded.ToDictionary(x => order.IdOf(x));
                var items = matched.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
                return (items.Take(take).ToList(), items.Count > take);
            }

            var needed = matched.Count == 0 ? int.MaxValue : (long)(take + 1) * length / matched.Count; // rows to walk at the density seen
            if (length >= Probe || needed > Probe)
            {
                break;
            }

            walk = Probe;
        }

        // 2. The scope's own ranges, then a sort.
        var ranged = await queries.ListAsync<T, T>(q => order.ByValue(q.Where(matching).Where(order.After)).Take(take + 1), cancellationToken);
        return (ranged.Take(take).ToList(), ranged.Count > take);
    }

    /// <summary>The criteria of a specification as one predicate (all of its <c>Where</c>s), to run where a specification cannot (a page's probe).</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="specification">The specification (its order and paging are ignored).</param>
    /// <returns>The predicate.</returns>
    internal static Expression<Func<T, bool>> Criteria<T>(Ardalis.Specification.ISpecification<T> specification)
    {
        var row = Expression.Parameter(typeof(T), "x");
        var body = specification.WhereExpressions.Select(w => Inline(w.Filter, row)).DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="row"/>.</summary>
    internal static Expression Inline<TIn, TOut>(Expression<Func<TIn, TOut>> lambda, ParameterExpression row) =>
        new Rebind(lambda.Parameters[0], row).Visit(lambda.Body);

    /// <summary>What the probe reads of a row.</summary>
    /// <param name="Id">The row's id.</param>
    /// <param name="Matches">Whether the list shows it.</param>
    internal sealed record ProbeRow<TId>(TId Id, bool Matches);

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>A list's key order for <see cref="KeysetPages"/>: the rows after a key, ordered by the key's index or by value, and the id.</summary>
/// <typeparam name="T">The aggregate.</typeparam>
/// <typeparam name="TId">Its id.</typeparam>
/// <param name="After">The rows after the page token's key (all rows on the first page).</param>
/// <param name="ByIndex">Orders by the key as its index is ordered.</param>
/// <param name="ByValue">Orders by the same key, written so that no planner reads the key's index for it.</param>
/// <param name="Id">The id.</param>
/// <param name="IdIn">The rows with one of the ids.</param>
/// <param name="IdOf">The id of a loaded row.</param>
internal sealed record KeysetOrder<T, TId>(Expression<Func<T, bool>> After, Func<IQueryable<T>, IQueryable<T>> ByIndex, Func<IQueryable<T>, IQueryable<T>> ByValue,
    Expression<Func<T, TId>> Id, Func<List<TId>, Expression<Func<T, bool>>> IdIn, Func<T, TId> IdOf);
