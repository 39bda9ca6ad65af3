using NeighborParty.Accounting;
using NodaTime;
using static NeighborParty.Excel.Tests.ExcelWorld;

namespace NeighborParty.Excel.Tests;

/// <summary>Issue 17, item 2: a roll-up report as a workbook with one sheet per level.</summary>
public sealed class ReportWorkbookTests
{
    [Fact]
    public async Task A_report_has_a_sheet_per_level_with_a_row_per_place_and_every_figure()
    {
        var w = new ExcelWorld();
        var accounting = w.Get<AccountingService>();
        var days = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var top = await accounting.ReportAsync(w.Community.Id, days);
        using var xlsx = new MemoryStream();
        var sheets = await ReportWorkbooks.WriteAsync(xlsx, top, (id, ct) => accounting.ReportAsync(id, days, ct), ["社区", "小区"]);

        Assert.Equal(2, sheets);
        Assert.Equal(["社区", "小区"], Sheets.Names(xlsx));
        var compounds = Sheets.Rows(xlsx, "小区");
        Assert.Equal(["地点", "上级", .. Figures.All.Select(f => (object)f.NameZh)], compounds[0]);
        Assert.Equal(w.Compounds.Select(c => c.Name).Order(), compounds.Skip(1).Select(r => (string)r[0]).Order());
        Assert.All(compounds.Skip(1), r => Assert.Equal("大沟社区", r[1]));
        Assert.All(compounds.Skip(1), r => Assert.IsType<decimal>(r[2])); // figures as numbers
    }
}
