using NeighborParty.Excel;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>An uploaded ledger or activity file: read once, told apart as .xlsx or CSV, and its refusal as a problem document.</summary>
internal static class UploadedFile
{
    /// <summary>
    /// Imports an upload with <paramref name="workbook"/> when it is an .xlsx (a zip: it starts with "PK\x03\x04"),
    /// else with <paramref name="csv"/>.
    /// </summary>
    /// <param name="file">The uploaded stream.</param>
    /// <param name="workbook">Imports a workbook.</param>
    /// <param name="csv">Imports CSV.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The import's report.</returns>
    public static async Task<TReport> ImportAsync<TReport>(Stream file, Func<XlsxLedgerReader, Task<TReport>> workbook, Func<Stream, Task<TReport>> csv, CancellationToken ct)
    {
        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var bytes = buffer.GetBuffer();
        if (buffer.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04)
        {
            using var reader = new XlsxLedgerReader(buffer);
            return await workbook(reader);
        }

        return await csv(buffer);
    }

    /// <summary>422 <c>NP-CSV-000</c>: a file that was not imported, nothing stored, with the whole report as an extension.</summary>
    /// <param name="what">What the file is, in English ("ledger file").</param>
    /// <param name="whatZh">The same in Chinese ("台账文件").</param>
    /// <param name="badRows">The bad rows.</param>
    /// <param name="report">The report as the API answers it.</param>
    /// <returns>The problem.</returns>
    public static IResult NotImported(string what, string whatZh, int badRows, object report)
    {
        var zh = $"{whatZh}未导入：{badRows} 行有误，未保存任何内容。";
        return Results.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: "https://neighborparty.dev/errors/NP-CSV-000",
            title: $"The {what} was not imported: {badRows} bad row(s); nothing was stored.",
            detail: zh,
            extensions: new Dictionary<string, object?> { ["code"] = "NP-CSV-000", ["messageZh"] = zh, ["report"] = report });
    }
}
