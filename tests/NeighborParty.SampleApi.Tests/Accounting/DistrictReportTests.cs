using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace NeighborParty.SampleApi.Tests.Accounting;

/// <summary>The sample with the whole district seeded: its report reproduces the story's figures, drills down, exports, closes and corrects.</summary>
public sealed partial class DistrictReportTests : IClassFixture<DistrictReportTests.DistrictFactory>
{
    private readonly DistrictFactory _factory;
    private readonly HttpClient _admin;

    public DistrictReportTests(DistrictFactory factory)
    {
        _factory = factory;
        _admin = factory.CreateSystemClient();
    }

    public sealed class DistrictFactory : SampleApiFactory
    {
        protected override bool SeedDistrictFigures => true;
    }

    /// <summary>Gets today in the district, by the host's own clock.</summary>
    private LocalDate TodayDate => _factory.Services.GetRequiredService<IClock>().GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;

    private string Today => TodayDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> District() => (string)(await _admin.GetFromJsonAsync<JsonArray>("/api/places"))!.First(p => (string)p!["name"]! == "延平区")!["id"]!;

    private static Dictionary<string, long> Totals(JsonObject report) => report["totals"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (long)f!["value"]!);

    [Fact]
    public async Task The_district_report_since_2019_equals_the_figures_of_the_story()
    {
        var report = (await _admin.GetFromJsonAsync<JsonObject>($"/api/reports/{await District()}?from=2019-01-01&to={Today}"))!;
        var totals = Totals(report);
        var story = new Dictionary<string, long>
        {
            ["compound-branches"] = 208, ["functional-groups"] = 376, ["positions"] = 133, ["teams"] = 130, ["participating-organs"] = 138,
            ["co-learning-events"] = 145, ["volunteer-services"] = 431, ["projects"] = 292, ["problems-solved"] = 278, ["platforms"] = 240,
        };
        Assert.Equal(story, story.Keys.ToDictionary(k => k, k => totals[k]));
        Assert.False((bool)report["frozen"]!);

        // Drill-down: the streets (and the district itself, where its organs and teams are registered) add up to the totals.
        var children = report["children"]!.AsArray();
        Assert.Contains(children, c => (string)c!["name"]! == "水南街道");
        foreach (var key in new[] { "co-learning-events", "volunteer-services", "projects", "problems-solved", "platforms", "compound-branches", "teams", "participating-organs" })
        {
            Assert.Equal(totals[key], children.Sum(c => (long)c!["figures"]!.AsArray().First(f => (string)f!["key"]! == key)!["value"]!));
        }

        // A street's own report equals its row in the district's.
        var shuinan = children.First(c => (string)c!["name"]! == "水南街道")!;
        var street = Totals((await _admin.GetFromJsonAsync<JsonObject>($"/api/reports/{shuinan["placeId"]}?from=2019-01-01&to={Today}"))!);
        Assert.Equal(shuinan["figures"]!.AsArray().ToDictionary(f => (string)f!["key"]!, f => (long)f!["value"]!), street);

        var csv = await _admin.GetAsync($"/api/reports/{await District()}/csv?from=2019-01-01&to={Today}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("compound-branches,小区党支部,208,", text, StringComparison.Ordinal);
        Assert.Contains("platforms,线上线下平台,240,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_year_is_closed_frozen_and_corrected_by_an_entry_only()
    {
        var district = await District();
        var year = TodayDate.Year - 1;
        var url = $"/api/reports/{district}?from={year}-01-01&to={year}-12-31";
        var before = (await _admin.GetFromJsonAsync<JsonObject>(url))!;
        Assert.True((bool)before["frozen"]!);

        // Nothing more is recorded on its days; a correction is.
        var compound = (await _admin.GetFromJsonAsync<JsonArray>($"/api/places/{district}/subtree?kind=Compound"))!.First(p => (string)p!["name"]! == "豫轩里")!;
        var late = await _admin.PostAsJsonAsync("/api/activities", new { kind = "volunteer-service", title = "迟报", placeId = compound["id"], startsAt = $"{year}-06-01T09:00:00", participants = 3 });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("NP-ACC-002", (string)(await late.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        var corrected = await _admin.PostAsJsonAsync("/api/reports/corrections",
            new { figure = "volunteer-services", placeId = compound["id"], delta = 1, attributedTo = $"{year}-06-01", reason = "迟报的助老服务" });
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var after = (await _admin.GetFromJsonAsync<JsonObject>(url))!;
        Assert.Equal(Totals(before)["volunteer-services"] + 1, Totals(after)["volunteer-services"]);
        Assert.Single(after["corrections"]!.AsArray());
        var audit = await _admin.GetStringAsync($"/api/places/{compound["id"]}/audit?take=50");
        Assert.Contains("figure.corrected", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_shows_wuyi_keeping_its_regular_life_and_the_branches_that_are_behind()
    {
        var root = (await _admin.GetFromJsonAsync<JsonArray>("/api/units"))!.First(u => (string)u!["name"]! == "中共南平市延平区委员会")!;
        var today = TodayDate;
        var lastMonth = today.PlusMonths(-1);
        var from = new LocalDate(lastMonth.Year, lastMonth.Month, 1);
        var to = from.PlusMonths(1).PlusDays(-1);
        var all = (await _admin.GetFromJsonAsync<JsonArray>($"/api/compliance/{root["id"]}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"))!;
        Assert.Equal(208, all.Count);
        var wuyi = all.First(b => (string)b!["branchName"]! == "武夷香榭小区党支部")!;
        Assert.False((bool)wuyi["behind"]!, wuyi.ToJsonString());
        Assert.Equal(1, (int)wuyi["lines"]!.AsArray().First(l => (string)l!["rule"]! == "ML-2")!["due"]!); // it has a committee
        var behind = (await _admin.GetFromJsonAsync<JsonArray>($"/api/compliance/{root["id"]}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&behindOnly=true"))!;
        Assert.DoesNotContain(behind, b => (string)b!["branchName"]! == "武夷香榭小区党支部");
        Assert.Contains(behind, b => (string)b!["branchName"]! == "豫轩里小区党支部");
    }
}
