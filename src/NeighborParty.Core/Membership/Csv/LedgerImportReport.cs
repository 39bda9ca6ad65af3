namespace NeighborParty.Membership.Csv;

/// <summary>What an import did: all rows stored, or — if any row is bad — none, with the first bad rows listed.</summary>
/// <param name="Rows">The data rows read.</param>
/// <param name="Added">New members.</param>
/// <param name="Updated">Members whose details changed.</param>
/// <param name="Unchanged">Members already exactly as in the file.</param>
/// <param name="Errors">The first problems (at most <see cref="LedgerImporter.MaxReportedErrors"/>); empty when the file was stored.</param>
/// <param name="BadRows">How many rows had problems (also beyond those listed).</param>
public sealed record LedgerImportReport(int Rows, int Added, int Updated, int Unchanged, IReadOnlyList<LedgerRowError> Errors, int BadRows)
{
    /// <summary>Gets a value indicating whether the file was stored (no bad row).</summary>
    public bool Stored => BadRows == 0 && Errors.Count == 0;

    /// <summary>Gets the number of problems per code in the whole file, listed or not (e.g. <c>NP-MBR-001</c> → 12,000).</summary>
    public IReadOnlyDictionary<string, int> Totals { get; init; } = new Dictionary<string, int>();
}
