using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Excel;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Membership;

/// <summary>The ledger file formats the sample speaks: CSV, and .xlsx through the NeighborParty.Excel package.</summary>
internal static class LedgerFiles
{
    /// <summary>Exports as CSV (default) or .xlsx; written to a buffer first, so a refusal can still answer with a problem document.</summary>
    public static async Task<IResult> ExportAsync(Actor actor, LedgerFileUseCases cases, PlaceId scope, string? format, bool chineseHeaders, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        switch (format)
        {
            case null or "csv":
                await cases.ExportAsync(actor, scope, buffer, chineseHeaders, ct);
                return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", $"ledger-{scope.Value}.csv");
            case "xlsx":
                var workbook = new XlsxLedgerWriter();
                await cases.ExportAsync(actor, scope, workbook, chineseHeaders, ct);
                await workbook.SaveAsync(buffer, ct);
                return Results.File(buffer.ToArray(), LedgerWorkbooks.ContentType, $"党员花名册-{scope.Value}.xlsx");
            default:
                throw new FieldValidationException([new RuleViolation("NP-GEN-004", "'format' must be csv or xlsx.", "“format”须为 csv 或 xlsx。", target: "format")]);
        }
    }
}
