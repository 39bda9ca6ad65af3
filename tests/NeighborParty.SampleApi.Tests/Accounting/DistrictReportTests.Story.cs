using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.SampleApi.Tests.Accounting;

/// <content>
/// The whole seeded district reads as the story (issue 17, item 3): the sweep and steward coverage list the story's
/// cases and three deliberate ones, not hundreds of empty branches; names match the gender in the ID number; requests
/// are spread over years and some are overdue today; every compound is on the map.
/// </content>
public sealed partial class DistrictReportTests
{
    private static string Names(JsonObject report, string list, string field = "name") =>
        string.Join(",", report[list]!.AsArray().Select(i => (string)i![field]!).Order(StringComparer.Ordinal));

    [Fact]
    public async Task The_sweep_and_coverage_show_the_story_cases_and_three_deliberate_ones_only()
    {
        var district = await District();
        var sweep = (await _admin.GetFromJsonAsync<JsonObject>($"/api/formation/sweep/{district}"))!;
        Assert.Equal("桂园雅居小区党支部,豫轩里小区党支部", Names(sweep, "noLongerMeetConditions")); // the story's 豫轩里, and a branch down to two after a transfer
        Assert.Equal("水南新村", Names(sweep, "shouldFormBranch"));
        Assert.Equal("桂花苑", Names(sweep, "shouldJoinJointBranch"));
        Assert.Equal(208, (int)sweep["branches"]!);

        var coverage = (await _admin.GetFromJsonAsync<JsonObject>($"/api/stewards/coverage/{district}"))!;
        Assert.Equal("世纪星城A区小区党支部,和平家园小区党支部,百福小区党支部", Names(coverage, "branchesWithoutSecretary"));
        Assert.Equal("世纪星城A区小区党支部,和平家园小区党支部", Names(coverage, "vacancies", "siteName")); // resigned; moved away last month
        Assert.Equal(["世纪星城A区小区党支部", "怡景嘉园小区党支部"], coverage["committeeGaps"]!.AsArray().Select(g => (string)g!["branch"]!["name"]!).Order(StringComparer.Ordinal));
        Assert.InRange((int)coverage["gapCount"]!, 10, 30);
        Assert.True((int)coverage["inOffice"]! > 208); // every branch but the story's gaps has a secretary in office
    }

    [Fact]
    public async Task Member_names_match_the_gender_their_ID_number_carries()
    {
        var csv = await _admin.GetStringAsync($"/api/ledger/export?scope={await District()}");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.True(rows.Count > 900, $"{rows.Count} members");

        // Characters that read as one gender only in a given name.
        const string female = "英玲梅珍芬凤兰燕娟敏婷萍琴霞琼菊珠巧云贞翠雅彩";
        const string male = "国强斌辉福东伟波平水民荣杰佑南青山财龙胜祖志泉";
        foreach (var row in rows)
        {
            var (name, id) = (row[0], row[1]);
            var isMale = (id[16] - '0') % 2 == 1;
            var given = name[1..];
            Assert.False(isMale && given.Any(female.Contains), $"{name} is recorded as a man");
            Assert.False(!isMale && given.Any(male.Contains), $"{name} is recorded as a woman");
        }
    }

    [Fact]
    public async Task Requests_are_spread_over_the_years_and_some_are_overdue_today()
    {
        var district = await District();
        var today = TodayDate;
        foreach (var year in new[] { 2019, 2021, 2023, today.Year - 1 })
        {
            var figures = (await _admin.GetFromJsonAsync<JsonObject>($"/api/requests/figures?place={district}&from={year}-01-01&to={year}-12-31"))!;
            Assert.True((long)figures["problemsSolved"]! > 10, $"{year}: {figures}");
        }

        var overdue = (await _admin.GetFromJsonAsync<JsonArray>($"/api/requests?place={district}&overdue=true&take=100"))!;
        Assert.InRange(overdue.Count, 8, 40);
        var received = overdue.Select(r => InstantPattern.ExtendedIso.Parse((string)r!["receivedAt"]!).Value).ToList();
        Assert.True(received.Max() - received.Min() > Duration.FromDays(60), "overdue requests were received over months, not in one second");

        var wishes = (await _admin.GetFromJsonAsync<JsonArray>($"/api/wishes?place={district}&overdue=true"))!;
        Assert.Contains(wishes, w => ((string)w!["wish"]!).Contains("智能手机", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_compound_is_on_the_map_near_Yanping()
    {
        var compounds = (await _admin.GetFromJsonAsync<JsonArray>($"/api/places/{await District()}/subtree?kind=Compound"))!;
        Assert.Equal(210, compounds.Count);
        Assert.All(compounds, c =>
        {
            Assert.InRange((double)c!["latitude"]!, 26.55, 26.75);
            Assert.InRange((double)c["longitude"]!, 118.05, 118.30);
        });
    }
}
