using NeighborParty.Membership.Csv;

namespace NeighborParty.Activities.Csv;

/// <summary>What an activity import did: every row recorded, or — if any row is bad — none, with the first bad rows listed.</summary>
/// <param name="Rows">The data rows read.</param>
/// <param name="Recorded">The activities recorded (every row, when the file was stored).</param>
/// <param name="Errors">The first problems (at most <see cref="ActivityImporter.MaxReportedErrors"/>); empty when the file was stored.</param>
/// <param name="BadRows">How many rows had problems (also beyond those listed).</param>
public sealed record ActivityImportReport(int Rows, int Recorded, IReadOnlyList<LedgerRowError> Errors, int BadRows)
{
    /// <summary>Gets a value indicating whether the file was stored (no bad row).</summary>
    public bool Stored => BadRows == 0 && Errors.Count == 0;

    /// <summary>Gets the number of problems per code in the whole file, listed or not (e.g. <c>NP-ACC-002</c> → 120).</summary>
    public IReadOnlyDictionary<string, int> Totals { get; init; } = new Dictionary<string, int>();
}
