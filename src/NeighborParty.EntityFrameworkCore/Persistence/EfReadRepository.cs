using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
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
    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => await _db.Set<T>().FindAsync([id], cancellationToken);

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(_db.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(_db.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(_db.Set<T>(), specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationQuery.Apply(_db.Set<T>(), specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => _db.Set<T>().ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var list = await SpecificationQuery.Apply(_db.Set<T>(), specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var list = await SpecificationQuery.Apply(_db.Set<T>(), specification).ToListAsync(cancellationToken);
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
        await foreach (var item in SpecificationQuery.Apply(_db.Set<T>(), specification).AsAsyncEnumerable())
        {
            yield return item;
        }
    }
}
