using Ardalis.Specification;
using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// Reads one table of an <see cref="InMemoryStore"/>: specifications are evaluated in memory over the stored objects
/// in one pass, and every aggregate returned is a fresh copy.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
/// <typeparam name="TSnapshot">Its snapshot.</typeparam>
/// <remarks>Thread-safe. Projections are evaluated on the stored objects and returned as they are.</remarks>
public sealed class InMemoryRepository<T, TSnapshot> : IReadRepository<T>
    where T : class, ISnapshotable<T, TSnapshot>
    where TSnapshot : class
{
    private static readonly InMemorySpecificationEvaluator Evaluator = new();
    private readonly InMemoryStore _store;

    /// <summary>Initializes a new instance of the <see cref="InMemoryRepository{T, TSnapshot}"/> class.</summary>
    /// <param name="store">The store (it must have a table of <typeparamref name="T"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public InMemoryRepository(InMemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => Task.FromResult(id is IStronglyTypedId typed ? _store.Find<T>(typed.Value) : id is Guid guid ? _store.Find<T>(guid) : null);

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(CopyOrNull(Evaluate(specification).FirstOrDefault()));

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(_store.Stored<T>(), specification).FirstOrDefault());

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(CopyOrNull(Evaluate(specification).SingleOrDefault()));

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(_store.Stored<T>(), specification).SingleOrDefault());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(_store.Stored<T>().Select(_store.Copy).ToList());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var stored = _store.Stored<T>();
        var found = LargeListEvaluation.Evaluate(stored, specification, Evaluator);
        var copy = _store.CopierOf<T>();
        var copies = found is List<T> made && !ReferenceEquals(made, stored) ? made : [.. found]; // a list made for this call: its items become copies
        for (var i = 0; i < copies.Count; i++)
        {
            copies[i] = copy(copies[i]);
        }

        return Task.FromResult(copies);
    }

    /// <inheritdoc />
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(_store.Stored<T>(), specification).ToList());

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(WhereEvaluator.Instance.Evaluate(_store.Stored<T>(), specification).Count());

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(_store.Stored<T>().Count);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(WhereEvaluator.Instance.Evaluate(_store.Stored<T>(), specification).Any());

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(_store.Stored<T>().Count > 0);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in Evaluate(specification))
        {
            yield return _store.Copy(item);
        }

        await Task.CompletedTask;
    }

    private IEnumerable<T> Evaluate(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return LargeListEvaluation.Evaluate(_store.Stored<T>(), specification, Evaluator);
    }

    private T? CopyOrNull(T? stored) => stored is null ? null : _store.Copy(stored);
}
