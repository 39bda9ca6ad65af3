namespace NeighborParty.Membership.Csv;

/// <summary>What an import did: all rows stored, or — if any row is bad — none, with every bad row listed.</summary>
/// <param name="Rows">The data rows read.</param>
/// <param name="Added">New members.</param>
/// <param name="Updated">Members whose details changed.</param>
/// <param name="Unchanged">Members already exactly as in the file.</param>
/// <param name="Errors">The problems (at most <see cref="LedgerImporter.MaxReportedErrors"/>); empty when the file was stored.</param>
/// <param name="BadRows">How many rows had problems (also beyond those listed).</param>
public sealed record LedgerImportReport(int Rows, int Added, int Updated, int Unchanged, IReadOnlyList<LedgerRowError> Errors, int BadRows)
{
    /// <summary>Gets a value indicating whether the file was stored (no bad row).</summary>
    public bool Stored => BadRows == 0 && Errors.Count == 0;
}
