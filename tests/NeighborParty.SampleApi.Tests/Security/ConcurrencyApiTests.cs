using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>Concurrent conflicting updates through the API: exactly one wins, none is silently lost.</summary>
public sealed class ConcurrencyApiTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;

    public ConcurrencyApiTests(SampleApiFactory factory) => _factory = factory;

    private async Task<(string Id, string ETag)> StreetAsync(HttpClient client, string name)
    {
        var root = (await client.GetFromJsonAsync<JsonArray>("/api/units"))![0]!;
        var street = (await client.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/children"))!.First(u => (string)u!["name"]! == name)!;
        var response = await client.GetAsync($"/api/units/{street["id"]}");
        return ((string)street["id"]!, response.Headers.ETag!.Tag);
    }

    private static HttpRequestMessage Rename(string id, string name, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{id}/name") { Content = JsonContent.Create(new { name }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return request;
    }

    [Fact]
    public async Task Of_many_writers_from_the_same_version_exactly_one_wins_and_the_rest_are_told()
    {
        var client = _factory.CreateSystemClient();
        var (id, etag) = await StreetAsync(client, "四鹤街道党工委");
        const int writers = 12;
        var start = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, writers).Select(async i =>
        {
            var own = _factory.CreateSystemClient();
            await start.Task;
            var response = await own.SendAsync(Rename(id, $"四鹤街道党工委-{i}", etag));
            return (i, response.StatusCode, Body: await response.Content.ReadFromJsonAsync<JsonObject>());
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(tasks);

        var winners = results.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var winner = Assert.Single(winners);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Contains(r.StatusCode, new[] { HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict });
            Assert.Contains((string)r.Body!["code"]!, new[] { "NP-CON-001", "NP-CON-002" });
        });

        var stored = (await client.GetFromJsonAsync<JsonObject>($"/api/units/{id}"))!;
        Assert.Equal($"四鹤街道党工委-{winner.i}", (string)stored["name"]!);
        Assert.Equal(long.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture) + 1, (long)stored["version"]!);
        var renames = (await client.GetFromJsonAsync<JsonArray>($"/api/units/{id}/audit"))!.Count(e => (string)e!["action"]! == "unit.renamed");
        Assert.Equal(1, renames);
    }

    [Fact]
    public async Task Writers_that_reread_and_retry_all_land_one_after_another()
    {
        var client = _factory.CreateSystemClient();
        var (id, _) = await StreetAsync(client, "水南街道党工委");
        var before = (long)(await client.GetFromJsonAsync<JsonObject>($"/api/units/{id}"))!["version"]!;
        const int writers = 8;
        var tasks = Enumerable.Range(0, writers).Select(async i =>
        {
            var own = _factory.CreateSystemClient();
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var read = await own.GetAsync($"/api/units/{id}");
                var response = await own.SendAsync(Rename(id, $"水南街道党工委-{i}", read.Headers.ETag!.Tag));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return attempt;
                }

                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict });
            }

            throw new InvalidOperationException("never landed");
        }).ToList();
        await Task.WhenAll(tasks);

        var stored = (await client.GetFromJsonAsync<JsonObject>($"/api/units/{id}"))!;
        Assert.Equal(before + writers, (long)stored["version"]!);
        var renames = (await client.GetFromJsonAsync<JsonArray>($"/api/units/{id}/audit"))!
            .Where(e => (string)e!["action"]! == "unit.renamed").Select(e => (string)e!["summary"]!).ToList();
        Assert.Equal(writers, renames.Count);
        Assert.All(Enumerable.Range(0, writers), i => Assert.Contains(renames, s => s.EndsWith($"水南街道党工委-{i}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Changes_need_if_match_and_a_stale_tag_is_refused()
    {
        var client = _factory.CreateClientFor(new NeighborParty.Security.Actor("t:sys", NeighborParty.Security.ActorKind.System, Guid.Empty));
        var (id, etag) = await StreetAsync(client, "黄墩街道党工委");
        var missing = await client.PutAsJsonAsync($"/api/units/{id}/name", new { name = "无版本" });
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("NP-CON-003", (string)(await missing.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        var ok = await client.SendAsync(Rename(id, "黄墩街道党工委", etag));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.Tag);
        var stale = await client.SendAsync(Rename(id, "过期版本", etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var garbage = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{id}/name") { Content = JsonContent.Create(new { name = "乱码" }) };
        garbage.Headers.TryAddWithoutValidation("If-Match", "\"abc\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(garbage)).StatusCode);
        Assert.Equal("黄墩街道党工委", (string)(await client.GetFromJsonAsync<JsonObject>($"/api/units/{id}"))!["name"]!);
    }
}
