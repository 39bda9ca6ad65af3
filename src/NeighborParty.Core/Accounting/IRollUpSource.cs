namespace NeighborParty.Accounting;

/// <summary>
/// Where a roll-up runs: the EF Core package aggregates in SQL over the subtree index; the in-memory store counts in one
/// pass. Both answer the same for the same data (an FsCheck property).
/// </summary>
public interface IRollUpSource
{
    /// <summary>Counts the figures of <paramref name="query"/>.</summary>
    /// <param name="query">The node, the days and the kinds.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The totals and the counts per child.</returns>
    Task<RollUpCounts> CountAsync(RollUpQuery query, CancellationToken cancellationToken = default);
}
