using System.Runtime.CompilerServices;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// An <see cref="IRepository{T}"/> over <see cref="NeighborPartyDbContext"/>: specifications run in SQL; every write
/// saves at once (one transaction per call) and then dispatches the saved aggregates' domain events.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
/// <remarks>Scoped, like its context; not thread-safe.</remarks>
public class EfRepository<T> : IRepository<T>
    where T : class, IAggregateRoot
{
    private readonly NeighborPartyDbContext _db;
    private readonly IDomainEventDispatcher _dispatcher;

    /// <summary>Initializes a new instance of the <see cref="EfRepository{T}"/> class.</summary>
    /// <param name="db">The context.</param>
    /// <param name="dispatcher">Delivers domain events after saves.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EfRepository(NeighborPartyDbContext db, IDomainEventDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dispatcher);
        _db = db;
        _dispatcher = dispatcher;
    }

    /// <inheritdoc />
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _db.Set<T>().Add(entity);
        await SaveChangesAsync(cancellationToken);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        _db.Set<T>().AddRange(list);
        await SaveChangesAsync(cancellationToken);
        return list;
    }

    /// <inheritdoc />
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return UpdateRangeAsync([entity], cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            // Tracked aggregates are saved by change tracking; only detached ones are attached as modified.
            if (_db.Entry(entity).State == EntityState.Detached)
            {
                _db.Set<T>().Update(entity);
            }
        }

        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _db.Set<T>().Remove(entity);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _db.Set<T>().RemoveRange(entities);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var doomed = await ListAsync(specification, cancellationToken);
        return await DeleteRangeAsync(doomed, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        var changed = _db.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).ToList();
        var written = await _db.SaveChangesAsync(cancellationToken);
        await _dispatcher.DispatchAndClearAsync(changed, cancellationToken);
        return written;
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
