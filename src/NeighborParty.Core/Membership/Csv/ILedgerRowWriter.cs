namespace NeighborParty.Membership.Csv;

/// <summary>
/// Where <see cref="LedgerImporter"/> writes a ledger, header first, one row at a time: CSV in the library, .xlsx in
/// the NeighborParty.Excel package. Cells arrive as plain text; making them safe for a spreadsheet is the writer's job.
/// </summary>
public interface ILedgerRowWriter
{
    /// <summary>Writes one row.</summary>
    /// <param name="cells">The cells, in <see cref="LedgerColumns.All"/> order; null for an empty cell.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is written or buffered.</returns>
    ValueTask WriteAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken);
}
