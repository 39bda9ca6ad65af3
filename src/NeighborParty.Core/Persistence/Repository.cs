using Ardalis.Specification;
using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>
/// The library's <see cref="IRepository{T}"/>: reads through the store's <see cref="IReadRepository{T}"/>, hands out
/// one object per aggregate within the unit of work, and stages changes in the <see cref="UnitOfWork"/>.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
/// <remarks>Scoped, like its unit of work. Projections (<see cref="ISpecification{T, TResult}"/>) and counts pass through untouched, and so
/// does what a specification marked <c>AsNoTracking</c> reads: read-only copies the unit of work does not remember (never stage them).</remarks>
public sealed class Repository<T> : IRepository<T>
    where T : class, IAggregateRoot
{
    private readonly IReadRepository<T> _reader;
    private readonly UnitOfWork _work;

    /// <summary>Initializes a new instance of the <see cref="Repository{T}"/> class.</summary>
    /// <param name="reader">The store's reader.</param>
    /// <param name="work">The unit of work of the scope.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Repository(IReadRepository<T> reader, UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(work);
        _reader = reader;
        _work = work;
    }

    /// <inheritdoc />
    public void Add(T aggregate) => _work.Stage(aggregate, AggregateChangeKind.Added);

    /// <summary>Makes room to stage <paramref name="count"/> more aggregates at once (see <see cref="RepositoryExtensions.AddRange{T}"/>).</summary>
    /// <param name="count">How many aggregates are about to be staged.</param>
    internal void Reserve(int count) => _work.Reserve(count);

    /// <inheritdoc />
    public void Update(T aggregate) => _work.Stage(aggregate, AggregateChangeKind.Updated);

    /// <inheritdoc />
    public void Remove(T aggregate) => _work.Stage(aggregate, AggregateChangeKind.Removed);

    /// <inheritdoc />
    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        if (id is IStronglyTypedId typed && _work.Find<T>(typed.Value) is { } known)
        {
            return known;
        }

        var loaded = await _reader.GetByIdAsync(id, cancellationToken);
        return loaded is null ? null : _work.Track(loaded);
    }

    /// <inheritdoc />
    public async Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Track(await _reader.FirstOrDefaultAsync(specification, cancellationToken), specification);

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        _reader.FirstOrDefaultAsync(specification, cancellationToken);

    /// <inheritdoc />
    public async Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Track(await _reader.SingleOrDefaultAsync(specification, cancellationToken), specification);

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        _reader.SingleOrDefaultAsync(specification, cancellationToken);

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => TrackAll(await _reader.ListAsync(cancellationToken));

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await _reader.ListAsync(specification, cancellationToken);
        return specification.AsNoTracking ? list : TrackAll(list);
    }

    /// <inheritdoc />
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        _reader.ListAsync(specification, cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => _reader.CountAsync(specification, cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => _reader.CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => _reader.AnyAsync(specification, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => _reader.AnyAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        await foreach (var item in _reader.AsAsyncEnumerable(specification))
        {
            yield return specification.AsNoTracking ? item : _work.Track(item); // a read-only stream is not remembered: memory stays flat
        }
    }

    private T? Track(T? loaded, ISpecification<T> specification) => loaded is null ? null : specification.AsNoTracking ? loaded : _work.Track(loaded);

    private List<T> TrackAll(List<T> loaded)
    {
        for (var i = 0; i < loaded.Count; i++)
        {
            loaded[i] = _work.Track(loaded[i]);
        }

        return loaded;
    }
}
