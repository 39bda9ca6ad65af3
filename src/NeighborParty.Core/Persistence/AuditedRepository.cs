using Ardalis.Specification;
using NeighborParty.Auditing;
using NeighborParty.Domain;
using NeighborParty.Security;

namespace NeighborParty.Persistence;

/// <summary>
/// The request-scoped face of a shared in-memory store: writes go to the store and, once it has accepted them, the
/// audit entries of their events (done by the current actor) go to the in-memory audit trail; reads pass through.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
internal sealed class AuditedRepository<T>(IRepository<T> inner, IRepository<AuditEntry> trail, IActorAccessor actors) : IBatchRepository<T>
    where T : class, IAggregateRoot
{
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        var entries = Record([entity]);
        var added = await inner.AddAsync(entity, cancellationToken);
        await StoreAsync(entries, cancellationToken);
        return added;
    }

    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var entries = Record(list);
        var added = await inner.AddRangeAsync(list, cancellationToken);
        await StoreAsync(entries, cancellationToken);
        return added;
    }

    public async Task<int> SaveBatchAsync(IReadOnlyCollection<T> added, IReadOnlyCollection<T> updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(updated);
        var entries = Record([.. added, .. updated]);
        int count;
        if (inner is IBatchRepository<T> batch)
        {
            count = await batch.SaveBatchAsync(added, updated, cancellationToken);
        }
        else
        {
            await inner.AddRangeAsync(added, cancellationToken);
            count = added.Count + await inner.UpdateRangeAsync(updated, cancellationToken);
        }

        await StoreAsync(entries, cancellationToken);
        return count;
    }

    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        var entries = Record([entity]);
        var count = await inner.UpdateAsync(entity, cancellationToken);
        await StoreAsync(entries, cancellationToken);
        return count;
    }

    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var entries = Record(list);
        var count = await inner.UpdateRangeAsync(list, cancellationToken);
        await StoreAsync(entries, cancellationToken);
        return count;
    }

    public async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        var entries = Record([entity]);
        var count = await inner.DeleteAsync(entity, cancellationToken);
        await StoreAsync(entries, cancellationToken);
        return count;
    }

    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var entries = Record(list);
        var count = await inner.DeleteRangeAsync(list, cancellationToken);
        await StoreAsync(entries, cancellationToken);
        return count;
    }

    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        await DeleteRangeAsync(await inner.ListAsync(specification, cancellationToken), cancellationToken);

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => inner.SaveChangesAsync(cancellationToken);

    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => inner.GetByIdAsync(id, cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        inner.FirstOrDefaultAsync(specification, cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        inner.FirstOrDefaultAsync(specification, cancellationToken);

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        inner.SingleOrDefaultAsync(specification, cancellationToken);

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        inner.SingleOrDefaultAsync(specification, cancellationToken);

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        inner.ListAsync(specification, cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        inner.ListAsync(specification, cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        inner.CountAsync(specification, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        inner.AnyAsync(specification, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => inner.AnyAsync(cancellationToken);

    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => inner.AsAsyncEnumerable(specification);

    private List<AuditEntry> Record(IEnumerable<T> entities) => AuditEntry.Record(entities, actors.Current ?? Actor.System);

    private async Task StoreAsync(List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count > 0)
        {
            await trail.AddRangeAsync(entries, cancellationToken);
        }
    }
}
