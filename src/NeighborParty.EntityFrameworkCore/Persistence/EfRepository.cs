using System.Runtime.CompilerServices;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Persistence;
using NeighborParty.Security;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// An <see cref="IRepository{T}"/> over <see cref="NeighborPartyDbContext"/>: specifications run in SQL; every write
/// is one transaction that holds the change, the audit entries of its events, and what the events' handlers store
/// (they run after the save, before the commit; a handler that fails rolls everything back).
/// </summary>
/// <remarks>
/// <para>Versions: an added aggregate is stored as version 1; every update stores version + 1 and succeeds only if
/// the stored row still has the version the aggregate was loaded with. A lost race is refused with
/// <c>NP-CON-002</c> (conflict) and nothing of the call is saved.</para>
/// <para>Scoped, like its context; not thread-safe.</para>
/// </remarks>
/// <typeparam name="T">The aggregate root.</typeparam>
public class EfRepository<T> : IBatchRepository<T>
    where T : class, IAggregateRoot
{
    private readonly NeighborPartyDbContext _db;
    private readonly IDomainEventDispatcher _dispatcher;
    private readonly IActorAccessor _actors;

    /// <summary>Initializes a new instance of the <see cref="EfRepository{T}"/> class.</summary>
    /// <param name="db">The context.</param>
    /// <param name="dispatcher">Delivers domain events after saves.</param>
    /// <param name="actors">Gives who acts, for the audit trail (the system actor when nobody is authenticated).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EfRepository(NeighborPartyDbContext db, IDomainEventDispatcher dispatcher, IActorAccessor actors)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(actors);
        _db = db;
        _dispatcher = dispatcher;
        _actors = actors;
    }

    /// <inheritdoc />
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _db.Set<T>().Add(entity);
        SetVersion(entity, 1);
        await SaveChangesAsync(cancellationToken);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        _db.Set<T>().AddRange(list);
        foreach (var entity in list)
        {
            SetVersion(entity, 1);
        }

        await SaveChangesAsync(cancellationToken);
        return list;
    }

    /// <inheritdoc />
    public Task<int> SaveBatchAsync(IReadOnlyCollection<T> added, IReadOnlyCollection<T> updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(updated);
        _db.Set<T>().AddRange(added);
        foreach (var entity in added)
        {
            SetVersion(entity, 1);
        }

        // UpdateRangeAsync marks the versions and saves everything tracked, the additions included, in one SaveChanges.
        return UpdateRangeAsync(updated, cancellationToken);
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

            // The stored row must still carry the version this copy was loaded with; the new version is one more.
            var version = _db.Entry(entity).Property<long>(nameof(AggregateRoot<>.Version));
            var loaded = version.CurrentValue;
            version.OriginalValue = loaded;
            version.CurrentValue = loaded + 1;
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
        // The change, its audit entries and whatever the event handlers store (e.g. members following a moved unit)
        // commit together or not at all; a handler that fails rolls the whole change back.
        var own = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var changed = _db.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).ToList();
            var audit = AuditEntry.Record(changed, _actors.Current ?? Actor.System);
            _db.AuditEntries.AddRange(audit);
            int written;
            try
            {
                written = await _db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new RuleViolationException(ConcurrencyRules.ConcurrentChange(), ex);
            }
            catch (DbUpdateException ex) when (IsUniqueViolation(ex))
            {
                // A concurrent writer took the same unique tree position first: refuse as a conflict, nothing saved.
                throw new RuleViolationException(ConcurrencyRules.ConcurrentChange(), ex);
            }
            finally
            {
                foreach (var entry in audit)
                {
                    _db.Entry(entry).State = EntityState.Detached;
                }
            }

            await _dispatcher.DispatchAndClearAsync(changed, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private void SetVersion(T entity, long version) =>
        _db.Entry(entity).Property<long>(nameof(AggregateRoot<>.Version)).CurrentValue = version;

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
