using NeighborParty.Membership.Csv;
using NeighborParty.Organization;

namespace NeighborParty.Excel;

/// <summary>
/// The Party-member ledger as an Excel workbook (党员花名册): <see cref="LedgerImporter"/>'s import and export, with
/// the same columns, checks, all-or-nothing rule and error report as its CSV.
/// </summary>
public static class LedgerWorkbooks
{
    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Imports the first sheet of an .xlsx ledger into the scope; a malformed workbook is reported as NP-CSV-003 and nothing is stored.</summary>
    /// <param name="importer">The importer.</param>
    /// <param name="xlsx">The workbook.</param>
    /// <param name="scope">The place the file is about; names are looked up inside it.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report, as for CSV.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="Common.RuleViolationException">The scope is unknown.</exception>
    public static async Task<LedgerImportReport> ImportXlsxAsync(this LedgerImporter importer, Stream xlsx, PlaceId scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(xlsx);
        using var reader = new XlsxLedgerReader(xlsx);
        return await importer.ImportAsync(reader, scope, cancellationToken);
    }

    /// <summary>Writes the ledger of the scope as an .xlsx workbook, one sheet named 党员花名册, every cell text.</summary>
    /// <param name="importer">The importer.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="scope">The place.</param>
    /// <param name="revealPersonalData">Whether to write ID-card numbers and phones in full; masked otherwise.</param>
    /// <param name="chineseHeaders">Whether to write Chinese headers (default) or English ones.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of members written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="Common.RuleViolationException">The scope is unknown.</exception>
    public static async Task<int> ExportXlsxAsync(this LedgerImporter importer, Stream output, PlaceId scope, bool revealPersonalData,
        bool chineseHeaders = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new XlsxLedgerWriter();
        var count = await importer.ExportAsync(writer, scope, revealPersonalData, chineseHeaders, cancellationToken);
        await writer.SaveAsync(output, cancellationToken);
        return count;
    }
}
