using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// Reads aggregates of <typeparamref name="T"/> from <see cref="NeighborPartyDbContext"/>: every specification runs as
/// one SQL query (criteria, order, paging, projection). Loaded aggregates are tracked, so the unit of work can store
/// their changes; a specification marked <c>AsNoTracking</c> returns read-only copies (never stage them).
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
/// <remarks>Scoped, like its context; not thread-safe.</remarks>
public sealed class EfReadRepository<T> : IReadRepository<T>
    where T : class, IAggregateRoot
{
    private readonly NeighborPartyDbContext _db;

    /// <summary>Initializes a new instance of the <see cref="EfReadRepository{T}"/> class.</summary>
    /// <param name="db">The context.</param>
    /// <exception cref="ArgumentNullException"><paramref name="db"/> is null.</exception>
    public EfReadRepository(NeighborPartyDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Like <c>FindAsync</c> — an aggregate this context already tracks is returned as it is — but a miss runs a
    /// compiled query: <c>FindAsync</c> builds and evaluates a new expression tree on every call, whose compiled
    /// closures (and their finalizers) cost more than the SQL on a single-entity read (issue 18).
    /// </remarks>
    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        if (_db.Set<T>().Local.FindEntry(id) is { } tracked)
        {
            return tracked.Entity;
        }

        return await ById<TId>.For(_db)(_db, id, cancellationToken);
    }

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(LoadShape.Of<T>(_db), specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(LoadShape.Of<T>(_db), specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(LoadShape.Of<T>(_db), specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(LoadShape.Of<T>(_db), specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => LoadShape.Of<T>(_db).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var list = await SpecificationQuery.Apply(LoadShape.Of<T>(_db), specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var list = await SpecificationQuery.Apply(LoadShape.Of<T>(_db), specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(_db.Set<T>(), specification, criteriaOnly: true).CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => _db.Set<T>().CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(_db.Set<T>(), specification, criteriaOnly: true).AnyAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => _db.Set<T>().AnyAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        await foreach (var item in SpecificationQuery.Apply(LoadShape.Of<T>(_db), specification).AsAsyncEnumerable())
        {
            yield return item;
        }
    }

    /// <summary>The compiled single-entity query of <typeparamref name="T"/> by its key of type <typeparamref name="TId"/>.</summary>
    private static class ById<TId>
        where TId : notnull
    {
        // A compiled query runs against the one model it was compiled for; each model (one per provider and set of
        // options) gets its own, and a model no longer used takes its query with it.
        private static readonly ConditionalWeakTable<IModel, Func<NeighborPartyDbContext, TId, CancellationToken, Task<T?>>> Queries = [];

        public static Func<NeighborPartyDbContext, TId, CancellationToken, Task<T?>> For(NeighborPartyDbContext db) =>
            Queries.GetValue(db.Model, model => Compile(model, model.FindEntityType(typeof(T))?.FindPrimaryKey()?.Properties[0].Name
                ?? throw new InvalidOperationException($"{typeof(T).Name} has no key in the model.")));

        private static Func<NeighborPartyDbContext, TId, CancellationToken, Task<T?>> Compile(IModel model, string key)
        {
            var db = Expression.Parameter(typeof(NeighborPartyDbContext), "db");
            var id = Expression.Parameter(typeof(TId), "id");
            var ct = Expression.Parameter(typeof(CancellationToken), "ct");
            var entity = Expression.Parameter(typeof(T), "e");
            var property = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TId)], entity, Expression.Constant(key));
            var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(property, id), entity);
            Expression set = Expression.Call(db, nameof(DbContext.Set), [typeof(T)]);
            if (LoadShape.IsSingle(model, typeof(T)))
            {
                set = Expression.Call(typeof(RelationalQueryableExtensions), nameof(RelationalQueryableExtensions.AsSingleQuery), [typeof(T)], set);
            }

            var where = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], set, Expression.Quote(match));
            var first = Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [typeof(T)], where);
            return EF.CompileAsyncQuery(Expression.Lambda<Func<NeighborPartyDbContext, TId, CancellationToken, T?>>(first, db, id, ct));
        }
    }
}
