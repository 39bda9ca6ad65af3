using Ardalis.Specification;
using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.Testing.Tests.JsonFile;

/// <summary>Reads one aggregate type from a <see cref="JsonFile"/>: rebuilt from snapshots (fresh objects every time), specifications evaluated in memory.</summary>
public sealed class JsonFileRepository<T, TSnapshot>(JsonFile file) : IReadRepository<T>
    where T : class, ISnapshotable<T, TSnapshot>
    where TSnapshot : class
{
    private static readonly InMemorySpecificationEvaluator Evaluator = new();

    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        var key = id is IStronglyTypedId typed ? typed.Value : id is Guid guid ? guid : Guid.Empty;
        return Task.FromResult(All().FirstOrDefault(a => a.Key == key));
    }

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(All(), specification).FirstOrDefault());

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(All(), specification).FirstOrDefault());

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(All(), specification).SingleOrDefault());

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(All(), specification).SingleOrDefault());

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(All());

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(All(), specification).ToList());

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluator.Evaluate(All(), specification).ToList());

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(WhereEvaluator.Instance.Evaluate(All(), specification).Count());

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(All().Count);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(WhereEvaluator.Instance.Evaluate(All(), specification).Any());

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(All().Count > 0);

    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in Evaluator.Evaluate(All(), specification))
        {
            yield return item;
        }

        await Task.CompletedTask;
    }

    private List<T> All() => [.. file.Read<TSnapshot>(typeof(T)).Select(r => T.FromSnapshot(r.Snapshot, r.Version))];
}
