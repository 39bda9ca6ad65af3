using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using NeighborParty.Excel;

namespace NeighborParty.SampleApi.Tests.Accounting;

/// <summary>
/// The activity ledger as a file through the API (issue 26): a CSV or an .xlsx in the 活动台账 layout is recorded whole;
/// one bad row stores nothing and the 422 problem carries the report with its totals per code.
/// </summary>
public sealed class ActivityImportApiTests : IClassFixture<SampleApiFactory>
{
    private const string Header = "活动名称,活动类别,活动日期,开始时间,活动地点,组织单位,参加人数,服务时长\n";
    private readonly HttpClient _system;

    public ActivityImportApiTests(SampleApiFactory factory) => _system = factory.CreateSystemClient();

    private async Task<string> PlaceAsync(string name)
    {
        var district = (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))![0]!["id"]!;
        var subtree = (await _system.GetFromJsonAsync<JsonArray>($"/api/places/{district}/subtree"))!;
        return (string)subtree.First(p => (string)p!["name"]! == name)!["id"]!;
    }

    private async Task<int> CountAsync(string place) =>
        (await _system.GetFromJsonAsync<JsonArray>($"/api/activities?place={place}&from=2026-03-01&to=2026-03-31&take=200"))!.Count;

    private static MultipartFormDataContent File(byte[] bytes, string name, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    [Fact]
    public async Task A_csv_is_recorded_whole_and_a_bad_row_stores_nothing()
    {
        var compound = await PlaceAsync("武夷香榭");
        var before = await CountAsync(compound);
        var good = Header + "三月主题党日,theme-party-day,2026-03-05,09:00,武夷香榭,武夷香榭小区党支部,18,\n"
            + "楼栋志愿服务,volunteer-service,2026-03-12,,武夷香榭,,9,2.5\n";
        using (var response = await _system.PostAsync($"/api/activities/import?scope={compound}", File(Encoding.UTF8.GetBytes(good), "活动台账.csv", "text/csv")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal((true, 2, 2), ((bool)report["stored"]!, (int)report["rows"]!, (int)report["recorded"]!));
        }

        Assert.Equal(before + 2, await CountAsync(compound));

        var bad = Header + "三月党课,party-lesson,2026-03-20,,武夷香榭,武夷香榭小区党支部,20,\n"
            + "无此类别,no-such-kind,2026-03-21,,武夷香榭,,5,\n"
            + "无此地点,volunteer-service,2026-03-22,,无此地点,,5,\n";
        using (var response = await _system.PostAsync($"/api/activities/import?scope={compound}", File(Encoding.UTF8.GetBytes(bad), "活动台账.csv", "text/csv")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("NP-CSV-000", (string)problem["code"]!);
            var report = problem["report"]!.AsObject();
            Assert.Equal((false, 3, 0, 2), ((bool)report["stored"]!, (int)report["rows"]!, (int)report["recorded"]!, (int)report["badRows"]!));
            Assert.Equal(2, report["totals"]!.AsObject().Sum(t => (int)t.Value!));
            Assert.Equal(2, report["errors"]!.AsArray().Count);
        }

        Assert.Equal(before + 2, await CountAsync(compound)); // nothing of the refused file, not even its good row
    }

    [Fact]
    public async Task An_xlsx_in_the_same_layout_is_recorded_too()
    {
        var compound = await PlaceAsync("豫轩里");
        var before = await CountAsync(compound);
        var workbook = new XlsxLedgerWriter();
        foreach (var row in new[]
        {
            new[] { "活动名称", "活动类别", "活动日期", "开始时间", "活动地点", "组织单位", "参加人数", "服务时长" },
            ["读书分享会", "reading-sharing", "2026-03-08", "19:30", "豫轩里", "", "25", ""],
        })
        {
            await workbook.WriteAsync(row, CancellationToken.None);
        }

        using var buffer = new MemoryStream();
        await workbook.SaveAsync(buffer);
        using var response = await _system.PostAsync($"/api/activities/import?scope={compound}", File(buffer.ToArray(), "活动台账.xlsx", LedgerWorkbooks.ContentType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["recorded"]!);
        Assert.Equal(before + 1, await CountAsync(compound));
    }
}
