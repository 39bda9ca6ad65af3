namespace NeighborParty.Persistence;

/// <summary>Running an operation that returns nothing in a unit of work.</summary>
public static class UnitOfWorkExtensions
{
    /// <summary>Runs an operation that loads, changes and stages aggregates, and commits once (see <see cref="IUnitOfWork.ExecuteAsync{TResult}"/>).</summary>
    /// <param name="work">The unit of work.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the operation and the commit.</param>
    /// <returns>A task that completes once committed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task ExecuteAsync(this IUnitOfWork work, Func<CancellationToken, Task> operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(operation);
        return work.ExecuteAsync(async ct =>
        {
            await operation(ct);
            return true;
        }, cancellationToken);
    }
}
