namespace NeighborParty.Persistence;

/// <summary>
/// One write taken in parts (see <see cref="IStreamingAggregateStore"/>): every part is checked as a whole write
/// would be (versions, free keys, unique keys), the parts become visible together on <see cref="CompleteAsync"/>, and
/// disposing the write without completing it stores nothing of any part.
/// </summary>
/// <remarks>Not thread-safe; one per scope. Reads in the same scope may see the parts written so far.</remarks>
public interface IStreamingWrite : IAsyncDisposable
{
    /// <summary>Writes one part.</summary>
    /// <param name="changes">The part's changes (audit entries included, as additions).</param>
    /// <param name="cancellationToken">Cancels the part (the whole write is then abandoned).</param>
    /// <returns>A task that completes when the part is written (not yet visible to others).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The write is completed or abandoned.</exception>
    /// <remarks>A refused part (a lost race, <c>NP-CON-002</c>) abandons the whole write: nothing of it is stored.</remarks>
    Task WriteAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken = default);

    /// <summary>Makes every part written visible at once, durably.</summary>
    /// <param name="cancellationToken">Cancels before the completion starts.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="InvalidOperationException">The write is completed or abandoned.</exception>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
