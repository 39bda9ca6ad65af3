using NeighborParty.Activities;
using NeighborParty.Activities.Csv;
using static NeighborParty.Excel.Tests.ExcelWorld;

namespace NeighborParty.Excel.Tests;

/// <summary>Issue 26, item 2: the activity ledger (活动台账) from an .xlsx workbook, with the CSV path's checks and all-or-nothing rule.</summary>
public sealed class ActivityWorkbookTests
{
    private static MemoryStream Workbook(params string[][] rows)
    {
        var writer = new XlsxLedgerWriter();
        foreach (var row in rows)
        {
            writer.WriteAsync(row, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        var stream = new MemoryStream();
        writer.SaveAsync(stream).GetAwaiter().GetResult();
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void A_workbook_in_the_activity_layout_is_recorded_whole_and_one_bad_row_stores_nothing()
    {
        var w = new ExcelWorld();
        string[] header = ["活动名称", "活动类别", "活动日期", "开始时间", "活动地点", "组织单位", "参加人数", "服务时长"];
        var compound = w.Compounds[0].Name;
        var importer = w.Get<ActivityImporter>();
        var report = Run(importer.ImportXlsxAsync(Workbook(header, ["主题党日", "theme-party-day", "2026-03-05", "09:00", compound, "", "12", ""],
            ["志愿服务", "volunteer-service", "2026-03-06", "", compound, "", "8", "3"]), w.Community.Id));
        Assert.True(report.Stored, string.Join("; ", report.Errors));
        Assert.Equal(2, report.Recorded);

        var refused = Run(importer.ImportXlsxAsync(Workbook(header, ["党课", "party-lesson", "2026-03-07", "", compound, "", "20", ""],
            ["党课", "party-lesson", "不是日期", "", compound, "", "20", ""]), w.Community.Id));
        Assert.False(refused.Stored);
        Assert.Equal((2, 0, 1), (refused.Rows, refused.Recorded, refused.BadRows));
        Assert.Equal(2, Run(w.Get<Persistence.IReadRepository<Activity>>().ListAsync()).Count);
    }
}
