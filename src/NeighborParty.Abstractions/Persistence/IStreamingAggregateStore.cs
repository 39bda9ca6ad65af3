namespace NeighborParty.Persistence;

/// <summary>
/// An <see cref="IAggregateStore"/> that can also take one write in parts, so that a write of hundreds of thousands of
/// aggregates (a province's ledger, years of activities) never has to be held in memory at once: each part is stored
/// as it comes, nothing is visible to anyone else until <see cref="IStreamingWrite.CompleteAsync"/>, and a write that
/// is disposed without completing leaves nothing stored.
/// </summary>
/// <remarks>
/// Optional. The library's unit of work uses it for its bulk paths when the registered store implements it, and
/// otherwise holds every part and writes them together through <see cref="IAggregateStore.WriteAsync"/> (the same
/// result, with memory that grows with the write). The EF Core package implements it with one database transaction;
/// the conformance kit (<c>NeighborParty.Testing</c>) checks it when a store has it.
/// </remarks>
public interface IStreamingAggregateStore : IAggregateStore
{
    /// <summary>Begins a write in parts (one database transaction, for example).</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The write; dispose it, completed or not.</returns>
    /// <exception cref="InvalidOperationException">A write in parts is already under way in this scope.</exception>
    Task<IStreamingWrite> BeginWriteAsync(CancellationToken cancellationToken = default);
}
