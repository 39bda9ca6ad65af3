using Ardalis.Specification;
using NeighborParty.Common;
using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// A thread-safe in-memory repository for tests and small embedded setups; specifications are evaluated in memory
/// in one pass.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
/// <typeparam name="TId">Its identity type.</typeparam>
/// <remarks>
/// Aggregates are kept by reference: a change made to a loaded aggregate is visible to other readers at once, as in a
/// single-process store. Each operation takes a lock; queries work on a snapshot. Domain events are dispatched after
/// each successful write.
/// </remarks>
public class InMemoryRepository<T, TId> : IBatchRepository<T>
    where T : AggregateRoot<TId>
    where TId : struct
{
    private static readonly InMemorySpecificationEvaluator Evaluator = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<TId, T> _items = [];
    private readonly IDomainEventDispatcher? _dispatcher;
    private T[]? _snapshot;

    /// <summary>Initializes a new instance of the <see cref="InMemoryRepository{T, TId}"/> class.</summary>
    /// <param name="dispatcher">Delivers domain events after writes; null to keep them on the aggregates.</param>
    public InMemoryRepository(IDomainEventDispatcher? dispatcher = null) => _dispatcher = dispatcher;

    /// <inheritdoc />
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (_gate)
        {
            if (!_items.TryAdd(entity.Id, entity))
            {
                throw new RuleViolationException(new RuleViolation("NP-GEN-002", $"An item with id {entity.Id} already exists.",
                    $"编号为 {entity.Id} 的记录已存在。", kind: RuleViolationKind.Conflict, target: "id"));
            }

            entity.SetVersion(1);

            _snapshot = null;
        }

        await DispatchAsync([entity], cancellationToken);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        lock (_gate)
        {
            var seen = new HashSet<TId>();
            var duplicate = list.Find(e => !seen.Add(e.Id) || _items.ContainsKey(e.Id))?.Id;
            if (duplicate is not null)
            {
                throw new RuleViolationException(new RuleViolation("NP-GEN-002", $"An item with id {duplicate} already exists.",
                    $"编号为 {duplicate} 的记录已存在。", kind: RuleViolationKind.Conflict, target: "id"));
            }

            foreach (var entity in list)
            {
                _items.Add(entity.Id, entity);
                entity.SetVersion(1);
            }

            _snapshot = null;
        }

        await DispatchAsync(list, cancellationToken);
        return list;
    }

    /// <inheritdoc />
    public async Task<int> SaveBatchAsync(IReadOnlyCollection<T> added, IReadOnlyCollection<T> updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(updated);
        lock (_gate)
        {
            var seen = new HashSet<TId>();
            foreach (var entity in added)
            {
                if (!seen.Add(entity.Id) || _items.ContainsKey(entity.Id))
                {
                    throw new RuleViolationException(new RuleViolation("NP-GEN-002", $"An item with id {entity.Id} already exists.",
                        $"编号为 {entity.Id} 的记录已存在。", kind: RuleViolationKind.Conflict, target: "id"));
                }
            }

            foreach (var entity in updated)
            {
                if (_items.TryGetValue(entity.Id, out var stored) && !ReferenceEquals(stored, entity) && stored.Version != entity.Version)
                {
                    throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
                }
            }

            foreach (var entity in added)
            {
                _items.Add(entity.Id, entity);
                entity.SetVersion(1);
            }

            foreach (var entity in updated)
            {
                _items[entity.Id] = entity;
                entity.SetVersion(entity.Version + 1);
            }

            _snapshot = null;
        }

        await DispatchAsync([.. added, .. updated], cancellationToken);
        return added.Count + updated.Count;
    }

    /// <inheritdoc />
    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return await UpdateRangeAsync([entity], cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        lock (_gate)
        {
            // A different instance with the same id is a copy someone loaded earlier: it must carry the stored version.
            foreach (var entity in list)
            {
                if (_items.TryGetValue(entity.Id, out var stored) && !ReferenceEquals(stored, entity) && stored.Version != entity.Version)
                {
                    throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
                }
            }

            foreach (var entity in list)
            {
                _items[entity.Id] = entity;
                entity.SetVersion(entity.Version + 1);
            }

            _snapshot = null;
        }

        await DispatchAsync(list, cancellationToken);
        return list.Count;
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return DeleteRangeAsync([entity], cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var removed = 0;
        lock (_gate)
        {
            foreach (var entity in list)
            {
                removed += _items.Remove(entity.Id) ? 1 : 0;
            }

            _snapshot = null;
        }

        await DispatchAsync(list, cancellationToken);
        return removed;
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        await DeleteRangeAsync(await ListAsync(specification, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public Task<T?> GetByIdAsync<TKey>(TKey id, CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        T? found = null;
        if (id is TId key)
        {
            lock (_gate)
            {
                found = _items.GetValueOrDefault(key);
            }
        }

        return Task.FromResult(found);
    }

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).FirstOrDefault());

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(Snapshot(), specification).FirstOrDefault());

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).SingleOrDefault());

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(Snapshot(), specification).SingleOrDefault());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(Snapshot().ToList());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).ToList());

    /// <inheritdoc />
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(Snapshot(), specification).ToList());

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, forCount: true).Count());

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_items.Count);
        }
    }

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, forCount: true).Any());

    /// <inheritdoc />
    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default) => await CountAsync(cancellationToken) > 0;

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in Evaluate(specification))
        {
            yield return item;
        }

        await Task.CompletedTask;
    }

    private IEnumerable<T> Evaluate(ISpecification<T> specification, bool forCount = false)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var items = Snapshot();
        if (forCount)
        {
            return WhereEvaluator.Instance.Evaluate(items, specification);
        }

        return Evaluator.Evaluate(items, specification);
    }

    private T[] Snapshot()
    {
        lock (_gate)
        {
            return _snapshot ??= [.. _items.Values];
        }
    }

    private Task DispatchAsync(IReadOnlyList<T> entities, CancellationToken cancellationToken) =>
        _dispatcher is null ? Task.CompletedTask : _dispatcher.DispatchAndClearAsync(entities, cancellationToken);
}
