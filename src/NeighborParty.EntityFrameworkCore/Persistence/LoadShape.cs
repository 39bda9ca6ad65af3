using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// How an aggregate's rows are read: in one statement when it has at most one owned collection (a unit and its
/// places, a member and its past relationships), in one statement per collection otherwise.
/// </summary>
/// <remarks>
/// The context splits queries by default, which keeps an aggregate with several collections (a request's
/// transitions, attributes and photos; a covenant's versions and signatures) from multiplying its rows. For one
/// collection a join multiplies nothing, and a second statement cost a read of a unit or a page of members as much
/// again: preparing, running and reading it (issue 26, measured against the hand-written peer in
/// <c>benchmarks/load</c>).
/// </remarks>
internal static class LoadShape
{
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, bool>> Single = [];

    /// <summary>Tells whether an aggregate of <paramref name="type"/> reads in one statement.</summary>
    /// <param name="model">The context's model.</param>
    /// <param name="type">The aggregate's type.</param>
    /// <returns>Whether it has at most one collection, its owned types' included.</returns>
    public static bool IsSingle(IModel model, Type type)
    {
        // Read on every query: a lock-free lookup once the type is known.
        return Single.GetValue(model, _ => new()).GetOrAdd(type, (t, m) => m.FindEntityType(t) is { } entity && Collections(entity) <= 1, model);
    }

    /// <summary>The query of <typeparamref name="T"/>, read in one statement when its shape allows.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="db">The context.</param>
    /// <returns>The query.</returns>
    public static IQueryable<T> Of<T>(DbContext db)
        where T : class => IsSingle(db.Model, typeof(T)) ? db.Set<T>().AsSingleQuery() : db.Set<T>();

    private static int Collections(IEntityType entity) =>
        entity.GetNavigations().Count(n => n.IsCollection) + entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && n.TargetEntityType != entity).Sum(n => Collections(n.TargetEntityType));
}
