using NeighborParty.Activities.Csv;
using NeighborParty.Organization;

namespace NeighborParty.Excel;

/// <summary>
/// The activity ledger (活动台账) as an Excel workbook, as districts keep it: <see cref="ActivityImporter"/>'s import, with
/// the same columns, checks, all-or-nothing rule and error report as its CSV.
/// </summary>
public static class ActivityWorkbooks
{
    /// <summary>Imports the first sheet of an .xlsx activity ledger into the scope; a malformed workbook is reported as NP-CSV-003 and nothing is stored.</summary>
    /// <param name="importer">The importer.</param>
    /// <param name="xlsx">The workbook.</param>
    /// <param name="scope">The place the file is about; places and units are looked up inside it.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report, as for CSV.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="Common.RuleViolationException">The scope is unknown.</exception>
    public static async Task<ActivityImportReport> ImportXlsxAsync(this ActivityImporter importer, Stream xlsx, PlaceId scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(xlsx);
        using var reader = new XlsxLedgerReader(xlsx);
        return await importer.ImportAsync(reader, scope, cancellationToken);
    }
}
