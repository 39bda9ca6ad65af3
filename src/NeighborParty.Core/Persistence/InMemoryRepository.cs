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
    private readonly Func<T, object>? _uniqueKey;
    private readonly Dictionary<object, TId> _keys = [];
    private readonly Dictionary<TId, object> _keyOf = [];
    private readonly IDomainEventDispatcher? _dispatcher;
    private T[]? _snapshot;

    /// <summary>Initializes a new instance of the <see cref="InMemoryRepository{T, TId}"/> class.</summary>
    /// <param name="dispatcher">Delivers domain events after writes; null to keep them on the aggregates.</param>
    public InMemoryRepository(IDomainEventDispatcher? dispatcher = null) => _dispatcher = dispatcher;

    /// <summary>
    /// Initializes a new instance of the <see cref="InMemoryRepository{T, TId}"/> class that also keeps
    /// <paramref name="uniqueKey"/> unique, as a store's unique index would (e.g. a tree position, an ID-card number):
    /// a write that would repeat a key another item holds is refused with <c>NP-CON-002</c> and changes nothing.
    /// </summary>
    /// <param name="dispatcher">Delivers domain events after each write, or null.</param>
    /// <param name="uniqueKey">Computes the key; equal keys (by <see cref="object.Equals(object)"/>) may not belong to two items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="uniqueKey"/> is null.</exception>
    public InMemoryRepository(IDomainEventDispatcher? dispatcher, Func<T, object> uniqueKey)
        : this(dispatcher)
    {
        ArgumentNullException.ThrowIfNull(uniqueKey);
        _uniqueKey = uniqueKey;
    }

    /// <inheritdoc />
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await StoreAsync([entity], [], cancellationToken);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await StoreAsync(list, [], cancellationToken);
        return list;
    }

    /// <inheritdoc />
    public Task<int> SaveBatchAsync(IReadOnlyCollection<T> added, IReadOnlyCollection<T> updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(updated);
        return StoreAsync([.. added], [.. updated], cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return StoreAsync([], [entity], cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return StoreAsync([], [.. entities], cancellationToken);
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

            RemoveKeys(list);

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

    /// <summary>
    /// Every write goes through here: checks all of it under the lock (new ids free, updated copies current, unique
    /// keys free), then stores all of it, then dispatches the events. A refusal changes nothing.
    /// </summary>
    private async Task<int> StoreAsync(List<T> added, List<T> updated, CancellationToken cancellationToken)
    {
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

            // A different instance with the same id is a copy someone loaded earlier: it must carry the stored version.
            foreach (var entity in updated)
            {
                if (_items.TryGetValue(entity.Id, out var stored) && !ReferenceEquals(stored, entity) && stored.Version != entity.Version)
                {
                    throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
                }
            }

            List<T> all = [.. added, .. updated];
            CheckKeys(all);
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

            StoreKeys(all);
            _snapshot = null;
        }

        await DispatchAsync([.. added, .. updated], cancellationToken);
        return added.Count + updated.Count;
    }

    private Task DispatchAsync(IReadOnlyList<T> entities, CancellationToken cancellationToken) =>
        _dispatcher is null ? Task.CompletedTask : _dispatcher.DispatchAndClearAsync(entities, cancellationToken);

    /// <summary>Refuses a write whose keys would collide with another item's (call under the lock, before changing anything).</summary>
    private void CheckKeys(IReadOnlyCollection<T> entities)
    {
        if (_uniqueKey is null)
        {
            return;
        }

        var writing = new HashSet<TId>(entities.Select(e => e.Id));
        var pending = new Dictionary<object, TId>();
        foreach (var entity in entities)
        {
            var key = _uniqueKey(entity);
            var takenByOther = _keys.TryGetValue(key, out var owner) && !owner.Equals(entity.Id) && !writing.Contains(owner);
            if (takenByOther || (pending.TryGetValue(key, out var other) && !other.Equals(entity.Id)))
            {
                throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
            }

            pending[key] = entity.Id;
        }
    }

    private void StoreKeys(IEnumerable<T> entities)
    {
        if (_uniqueKey is null)
        {
            return;
        }

        var list = entities.ToList();
        foreach (var entity in list)
        {
            if (_keyOf.Remove(entity.Id, out var old) && _keys.TryGetValue(old, out var owner) && owner.Equals(entity.Id))
            {
                _keys.Remove(old);
            }
        }

        foreach (var entity in list)
        {
            var key = _uniqueKey(entity);
            _keys[key] = entity.Id;
            _keyOf[entity.Id] = key;
        }
    }

    private void RemoveKeys(IEnumerable<T> entities)
    {
        if (_uniqueKey is null)
        {
            return;
        }

        foreach (var entity in entities)
        {
            if (_keyOf.Remove(entity.Id, out var old) && _keys.TryGetValue(old, out var owner) && owner.Equals(entity.Id))
            {
                _keys.Remove(old);
            }
        }
    }

}
