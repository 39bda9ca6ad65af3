namespace NeighborParty.Persistence;

/// <summary>
/// One business operation's changes, stored together: every library operation loads what it needs, changes the
/// aggregates, stages them through <see cref="IRepository{T}"/> and commits once.
/// </summary>
/// <remarks>
/// <para>A commit delivers the staged aggregates' domain events to their handlers first (a handler's own staged
/// changes, and their events, join the same commit), records the audit entries, then writes everything in one
/// atomic write with version checks. If anything fails, nothing is stored, the staged changes are dropped, and the
/// exception propagates (a lost race is <c>NP-CON-002</c>).</para>
/// <para>Scoped: one per request or job. Not thread-safe.</para>
/// </remarks>
public interface IUnitOfWork
{
    /// <summary>Stores every change staged since the last commit or discard, all of it or none.</summary>
    /// <param name="cancellationToken">Cancels the commit (before the write; a write under way completes or rolls back).</param>
    /// <returns>A task that completes when the changes are stored.</returns>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops the staged changes and forgets the aggregates loaded so far, so that the next read is fresh.</summary>
    void Discard();

    /// <summary>
    /// Runs one operation that loads, changes and stages aggregates, and commits once when it succeeds; when it throws,
    /// discards everything it staged. An operation run inside another one (or by an event handler during a commit)
    /// joins the outer one and does not commit on its own.
    /// </summary>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the operation and the commit.</param>
    /// <returns>The operation's result, once committed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    Task<TResult> ExecuteAsync<TResult>(Func<CancellationToken, Task<TResult>> operation, CancellationToken cancellationToken = default);
}
