namespace NeighborParty.Membership.Csv;

/// <summary>
/// The rows of a ledger file as text cells, header first: what <see cref="LedgerImporter"/> reads, whatever the format
/// (the library reads CSV; the NeighborParty.Excel package reads .xlsx). A reader streams: it need not hold the file.
/// </summary>
public interface ILedgerRowReader
{
    /// <summary>Gets the 1-based line (or sheet row) number of the row last read, for error reports.</summary>
    int Line { get; }

    /// <summary>Reads the next row; <see langword="null"/> at the end. The list may be reused by the next call.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The row's cells as text (empty for a blank cell), or <see langword="null"/>.</returns>
    /// <exception cref="FormatException">The file is not well-formed, or a cell is longer than <see cref="LedgerImporter.MaxFieldLength"/>.</exception>
    ValueTask<IReadOnlyList<string>?> ReadAsync(CancellationToken cancellationToken);
}
