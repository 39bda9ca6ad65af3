using Microsoft.EntityFrameworkCore;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>
/// Keeps the planner's statistics current after large bulk writes, so that the queries after an import plan with the
/// table as it now is: PostgreSQL planned an ID-number lookup as a full scan of a 500,000-row ledger it still believed
/// empty (272 ms instead of 4), and SQLite's planner weighs an ordered index against a range only with
/// <c>sqlite_stat1</c>.
/// </summary>
/// <remarks>
/// After a write (whole, or in parts) that added at least <see cref="AfterWrite"/> rows to a table, that table is
/// analysed: <c>ANALYZE</c> on PostgreSQL (a sample), an approximate <c>ANALYZE</c> on SQLite
/// (<c>PRAGMA analysis_limit</c>). Within a write in parts the lookups stay small enough for the index to win without
/// fresh statistics (<c>LedgerImporter</c> looks up 512 numbers a query). Not thread-safe; one per store.
/// </remarks>
internal sealed class TableStatistics
{
    /// <summary>The fewest rows a completed write adds to a table for it to be analysed.</summary>
    public const int AfterWrite = 10_000;

    private readonly Dictionary<string, long> _written = new(StringComparer.Ordinal);

    /// <summary>Counts rows written to a table in the current write.</summary>
    /// <param name="table">The table.</param>
    /// <param name="rows">The rows.</param>
    public void Count(string table, int rows) => _written[table] = _written.GetValueOrDefault(table) + rows;

    /// <summary>Analyses the tables a completed write grew by at least <see cref="AfterWrite"/> rows, and forgets the write.</summary>
    /// <param name="db">The context (the write's transaction is over).</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>A task.</returns>
    public async Task AfterWriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        var grown = _written.Where(t => t.Value >= AfterWrite).Select(t => t.Key).ToList();
        _written.Clear();
        foreach (var table in grown)
        {
            // The name comes from the EF Core model, quoted; nothing of it is input.
            var sql = db.Database.IsNpgsql() ? "ANALYZE " + BulkInsert.Quote(table) : "PRAGMA analysis_limit=1000; ANALYZE " + BulkInsert.Quote(table);
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>Forgets a write that was abandoned.</summary>
    public void Forget() => _written.Clear();
}
