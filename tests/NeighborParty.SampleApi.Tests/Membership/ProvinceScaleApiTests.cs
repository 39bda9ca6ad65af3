using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NeighborParty.SampleApi.Tests.Membership;

/// <summary>
/// The answers that stay small at province scale (issue 26): the sweep and the coverage summed by level with a list a
/// page at a time, whole reports cut to a size with every list's length, and keyset pages that follow the Link header.
/// </summary>
public sealed class ProvinceScaleApiTests : IClassFixture<SampleApiFactory>
{
    private readonly HttpClient _system;

    public ProvinceScaleApiTests(SampleApiFactory factory) => _system = factory.CreateSystemClient();

    private async Task<string> DistrictAsync() => (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))![0]!["id"]!;

    [Theory]
    [InlineData("/api/formation/sweep", "committeeRequired")]
    [InlineData("/api/stewards/coverage", "buildingsWithoutLeader")]
    public async Task A_report_sums_by_child_place_and_its_lists_come_a_page_at_a_time(string report, string list)
    {
        var district = await DistrictAsync();
        var whole = (await _system.GetFromJsonAsync<JsonObject>($"{report}/{district}"))!;
        var summary = (await _system.GetFromJsonAsync<JsonObject>($"{report}/{district}/summary"))!;
        var total = (int)summary["totals"]![list]!;
        Assert.Equal((int)whole["counts"]![list]!, total);
        Assert.True(total > 1, $"the demo district has a few {list}");
        Assert.Equal(total, summary["children"]!.AsArray().Sum(c => (int)c!["counts"]![list]!)); // every item lies under one street
        Assert.All(summary["children"]!.AsArray(), c => Assert.True(((JsonObject)c!["counts"]!).Select(x => (int)x.Value!).Sum() > 0));

        // Drill down to the first street: its totals are its row of the district's summary.
        var street = summary["children"]![0]!;
        var streetSummary = (await _system.GetFromJsonAsync<JsonObject>($"{report}/{street["placeId"]}/summary"))!;
        Assert.Equal((int)street["counts"]![list]!, (int)streetSummary["totals"]![list]!);

        // The list one at a time, following Link: rel="next", is the whole list in order.
        var names = new List<string>();
        var url = $"{report}/{district}/items?list={list}&take=1";
        for (var pages = 0; url is not null && pages < 1000; pages++)
        {
            using var response = await _system.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            names.AddRange((await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(i => (string)i!["name"]!));
            url = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('>')[0].TrimStart('<') : null;
        }

        Assert.Equal(total, names.Count);
        var cut = (await _system.GetFromJsonAsync<JsonObject>($"{report}/{district}?take=1"))!;
        Assert.Single(cut[list]!.AsArray());
        Assert.True((bool)cut["truncated"]!);
        Assert.Equal(names[0], (string)cut[list]![0]!["name"]!);
    }

    [Fact]
    public async Task A_list_that_is_not_a_list_of_the_report_and_a_token_not_given_out_are_400()
    {
        var district = await DistrictAsync();
        using var list = await _system.GetAsync($"/api/formation/sweep/{district}/items?list=everything");
        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        using var token = await _system.GetAsync($"/api/formation/sweep/{district}/items?list=tooLarge&after=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
        Assert.Equal("NP-GEN-009", (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
    }

    [Fact]
    public async Task Members_requests_and_covenants_page_by_the_Link_header_and_skip_still_works()
    {
        var root = (string)(await _system.GetFromJsonAsync<JsonArray>("/api/units"))![0]!["id"]!;
        var district = await DistrictAsync();
        foreach (var (list, take) in new[] { ($"/api/members?unit={root}", 7), ($"/api/requests?place={district}", 7), ($"/api/cobuilding/covenants?unit={root}", 1) })
        {
            var seen = new List<string>();
            var url = $"{list}&take={take}";
            for (var pages = 0; url is not null && pages < 1000; pages++)
            {
                using var response = await _system.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                seen.AddRange((await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(i => (string)i!["id"]!));
                url = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('>')[0].TrimStart('<') : null;
            }

            Assert.True(seen.Count > take, list);
            Assert.Equal(seen.Count, seen.Distinct().Count());
            var bySkip = (await _system.GetFromJsonAsync<JsonArray>($"{list}&take=1000&skip=0"))!;
            Assert.Equal(bySkip.Select(i => (string)i!["id"]!), seen); // the same list, in the same order
        }
    }
}
