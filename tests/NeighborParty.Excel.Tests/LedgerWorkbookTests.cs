using System.IO.Compression;
using System.Text;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using static NeighborParty.Excel.Tests.ExcelWorld;

namespace NeighborParty.Excel.Tests;

/// <summary>Issue 17, item 2: the ledger in and out as .xlsx (党员花名册), with the CSV path's rules.</summary>
public sealed class LedgerWorkbookTests
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MemoryStream Xlsx(ExcelWorld w, bool reveal = true)
    {
        var stream = new MemoryStream();
        Run(w.Importer.ExportXlsxAsync(stream, w.Community.Id, reveal));
        stream.Position = 0;
        return stream;
    }

    private static string SheetXml(MemoryStream xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx.ToArray()), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_export_keeps_every_digit_as_text_with_chinese_headers_and_imports_back_whole()
    {
        var w = new ExcelWorld();
        Assert.True(Run(w.Importer.ImportAsync(Bytes(w.Csv(30)), w.Community.Id)).Stored);
        using var xlsx = Xlsx(w);
        var rows = Sheets.Rows(xlsx);
        Assert.Equal(["党员花名册"], Sheets.Names(xlsx));
        Assert.Equal(31, rows.Count);
        Assert.Equal(LedgerColumns.All.Select(c => (object)c.Chinese), rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Matches("^[0-9]{17}[0-9X]$", Assert.IsType<string>(r[1])));

        // Into another district's empty ledger (same names): the same members, nothing refused.
        var other = new ExcelWorld();
        xlsx.Position = 0;
        var report = Run(other.Importer.ImportXlsxAsync(xlsx, other.Community.Id));
        Assert.True(report.Stored, string.Join("; ", report.Errors));
        Assert.Equal(30, report.Added);
        var before = Run(w.Get<Persistence.IReadRepository<PartyMember>>().ListAsync()).Select(m => (m.Name, m.IdNumber, m.Gender)).Order().ToList();
        var after = Run(other.Get<Persistence.IReadRepository<PartyMember>>().ListAsync()).Select(m => (m.Name, m.IdNumber, m.Gender)).Order().ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_request_body_that_cannot_seek_or_read_synchronously_imports()
    {
        var w = new ExcelWorld();
        await w.Importer.ImportAsync(Bytes(w.Csv(5)), w.Community.Id);
        using var xlsx = new MemoryStream();
        await w.Importer.ExportXlsxAsync(xlsx, w.Community.Id, revealPersonalData: true);
        xlsx.Position = 0;
        var report = await w.Importer.ImportXlsxAsync(new AsyncOnlyStream(xlsx), w.Community.Id);
        Assert.True(report.Stored, string.Join("; ", report.Errors));
        Assert.Equal(5, report.Unchanged);
    }

    [Fact]
    public void A_masked_export_holds_no_full_id_number()
    {
        var w = new ExcelWorld();
        Run(w.Importer.ImportAsync(Bytes(w.Csv(3)), w.Community.Id));
        var xml = SheetXml(Xlsx(w, reveal: false));
        Assert.DoesNotContain(IdNumber(0), xml, StringComparison.Ordinal);
        Assert.Contains("*", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_cell_is_ever_written_as_a_formula()
    {
        var writer = new XlsxLedgerWriter();
        await writer.WriteAsync(["姓名", "备注"], CancellationToken.None);
        await writer.WriteAsync(["=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+2"], CancellationToken.None);
        using var xlsx = new MemoryStream();
        await writer.SaveAsync(xlsx);
        var xml = SheetXml(xlsx);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"点我\")", Sheets.Rows(xlsx)[1][0]);
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_stores_nothing_and_reports_them_as_the_csv_would()
    {
        var w = new ExcelWorld();
        var csv = w.Csv(3) + $"坏号,110105194912310021,男,1980-07-01,,在职,否,{w.Committee.Name},,{w.Compounds[0].Name},,,\r\n"
            + $"无名小区,{IdNumber(40)},男,1980-07-01,1981-07-01,在职,否,{w.Committee.Name},,不存在小区,,,\r\n";
        var fromCsv = await w.Importer.ImportAsync(Bytes(csv), w.Community.Id);

        var writer = new XlsxLedgerWriter();
        foreach (var line in csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            await writer.WriteAsync(line.Split(','), CancellationToken.None);
        }

        using var xlsx = new MemoryStream();
        await writer.SaveAsync(xlsx);
        xlsx.Position = 0;
        var fromXlsx = await w.Importer.ImportXlsxAsync(xlsx, w.Community.Id);

        Assert.False(fromXlsx.Stored);
        Assert.Equal(0, await w.Get<Persistence.IReadRepository<PartyMember>>().CountAsync());
        Assert.Equal(fromCsv.Errors.Select(e => (e.Row, e.Column, e.Code)), fromXlsx.Errors.Select(e => (e.Row, e.Column, e.Code)));
        Assert.Contains(fromXlsx.Errors, e => e.Code == "NP-CSV-006");
    }

    [Fact]
    public void An_id_number_excel_turned_into_a_number_is_refused_on_its_row_not_crashed_on()
    {
        var w = new ExcelWorld();
        using var xlsx = Sheets.Typed(
            ["姓名", "身份证号", "性别", "入党日期", "转正日期", "党员类别", "流动党员", "组织关系所在党组织", "居住小区"],
            ["张三", 350702196001011234m, "男", new DateTime(1990, 7, 1), new DateTime(1991, 7, 1), "在职", "否", w.Committee.Name, w.Compounds[0].Name],
            ["李四", IdNumber(7, Gender.Female), "女", new DateTime(1992, 7, 1), new DateTime(1993, 7, 1), "在职", "否", w.Committee.Name, w.Compounds[1].Name]);
        var report = Run(w.Importer.ImportXlsxAsync(xlsx, w.Community.Id));
        Assert.False(report.Stored);
        var error = Assert.Single(report.Errors); // the dates typed as dates (and the second row) are fine
        Assert.Equal((2, "idNumber"), (error.Row, error.Column));
    }

    [Fact]
    public void Something_that_is_not_a_workbook_is_refused_as_malformed()
    {
        var w = new ExcelWorld();
        var report = Run(w.Importer.ImportXlsxAsync(Bytes(w.Csv(3)), w.Community.Id));
        Assert.False(report.Stored);
        Assert.Equal("NP-CSV-003", Assert.Single(report.Errors).Code);
    }
}
