using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.CoBuilding;

public sealed class CoBuildingApiTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;
    private readonly HttpClient _system;

    public CoBuildingApiTests(SampleApiFactory factory)
    {
        _factory = factory;
        _system = factory.CreateSystemClient();
    }

    private async Task<string> District() => (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))!.First(p => (string)p!["name"]! == "延平区")!["id"]!;

    private async Task<JsonObject> Partner(string name) =>
        (JsonObject)(await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/partners?place={await District()}"))!.First(p => (string)p!["name"]! == name)!;

    private async Task<JsonObject> Place(string name) =>
        (JsonObject)(await _system.GetFromJsonAsync<JsonArray>($"/api/places/{await District()}/subtree"))!.First(p => (string)p!["name"]! == name)!;

    private async Task<JsonObject> Unit(string name)
    {
        var root = (await _system.GetFromJsonAsync<JsonArray>("/api/units"))!.First(u => (string)u!["name"]! == "中共南平市延平区委员会")!;
        return (JsonObject)(await _system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.First(u => (string)u!["name"]! == name)!;
    }

    private HttpClient AsParty(JsonObject partner) => _factory.CreateClientFor(new Actor("t:party", ActorKind.CoBuildingParty, Guid.Parse((string)partner["id"]!)));

    [Fact]
    public async Task The_demo_has_the_storys_covenants_menu_orders_positions_and_teams()
    {
        var lily = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/covenants?unit={(await Unit("豫轩里小区党支部"))["id"]}"))!.Single()!;
        Assert.Equal("InForce", (string)lily["status"]!);
        var commitment = lily["versions"]![0]!["commitments"]![0]!;
        Assert.Equal("延平百合姐姐法理家庭服务进小区", (string)commitment["description"]!);
        Assert.Equal(1m, (decimal)commitment["fulfilled"]!); // the delivered order counted against it

        var youth = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/covenants?unit={(await Unit("江南社区党委"))["id"]}"))!;
        var league = youth.Single(c => ((string)c!["title"]!).Contains("共青团", StringComparison.Ordinal))!;
        Assert.Equal("InForce", (string)league["status"]!);
        Assert.Equal(1m, (decimal)league["versions"]![0]!["commitments"]![0]!["fulfilled"]!); // the Party-history activity at 江南社区 counted

        var states = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/orders?place={await District()}"))!.Select(o => (string)o!["state"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "Ordered", "Accepted", "Declined", "Scheduled", "Delivered", "Rated", "Cancelled" }, states);
        var positions = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/positions?place={await District()}"))!.Select(p => (string)p!["name"]!).ToList();
        Assert.Contains("豫轩里妇女微家", positions);
        Assert.Contains("江南社区青年之家", positions);
        var teams = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/teams?place={await District()}"))!.Select(t => (string)t!["kind"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "women-post", "youth-civilisation", "worker-pioneer" }, teams);
        var menu = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/offerings?category=family-service&compound={(await Place("豫轩里"))["id"]}"))!;
        Assert.Equal("延平百合姐姐法理家庭服务", (string)menu.Single()!["title"]!);
    }

    [Fact]
    public async Task A_partner_signs_for_itself_only_and_sees_only_its_own()
    {
        var federation = await Partner("延平区妇联");
        var repairs = await Partner("延平区家电维修商会");
        var yijingCovenant = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/covenants?unit={(await Unit("怡景嘉园小区党支部"))["id"]}"))!.Single()!;
        Assert.Equal("AwaitingSignatures", (string)yijingCovenant["status"]!);

        var federationClient = AsParty(federation);
        var hidden = await federationClient.GetAsync($"/api/cobuilding/covenants/{yijingCovenant["id"]}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var forged = await Send(federationClient, $"/api/cobuilding/covenants/{yijingCovenant["id"]}/sign", new { signer = "冒名", partnerId = repairs["id"] });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode); // not party to it: it does not even exist for the federation
        var own = (await federationClient.GetFromJsonAsync<JsonArray>($"/api/cobuilding/covenants?partner={federation["id"]}"))!.First()!;
        var forgedOwn = await Send(federationClient, $"/api/cobuilding/covenants/{own["id"]}/sign", new { signer = "冒名", partnerId = repairs["id"] });
        Assert.Equal(HttpStatusCode.Forbidden, forgedOwn.StatusCode); // nobody signs for another party

        var repairsClient = AsParty(repairs);
        var signed = await Send(repairsClient, $"/api/cobuilding/covenants/{yijingCovenant["id"]}/sign", new { signer = "商会会长", partnerId = repairs["id"] });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("InForce", (string)(await signed.Content.ReadFromJsonAsync<JsonObject>())!["status"]!);
        var twice = await Send(repairsClient, $"/api/cobuilding/covenants/{yijingCovenant["id"]}/sign", new { signer = "商会会长", partnerId = repairs["id"] });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("NP-COB-004", (string)(await twice.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);

        // Its own orders, not the compound's others; its own record with its phone whole.
        var orders = (await repairsClient.GetFromJsonAsync<JsonArray>($"/api/cobuilding/orders?partner={repairs["id"]}"))!;
        Assert.NotEmpty(orders);
        Assert.All(orders, o => Assert.Equal((string)repairs["id"]!, (string)o!["partnerId"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await repairsClient.GetAsync($"/api/cobuilding/orders?partner={federation["id"]}")).StatusCode);
        Assert.Equal("13905990103", (string)(await repairsClient.GetFromJsonAsync<JsonObject>($"/api/cobuilding/partners/{repairs["id"]}"))!["contactPhone"]!);
    }

    [Fact]
    public async Task Ordering_from_the_menu_respects_capacity_and_the_partner_handles_it()
    {
        var federation = await Partner("延平区妇联");
        var shuinan = await Place("水南新村");
        var lily = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/offerings?category=family-service&compound={shuinan["id"]}"))!.Single()!;
        var staff = _factory.CreateClientFor(new Actor("t:cs", ActorKind.CommunityStaff, Guid.Parse((string)(await Unit("江南社区党委"))["id"]!)));
        var party = AsParty(federation);
        var wanted = "2099-03-10";
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await staff.PostAsJsonAsync("/api/cobuilding/orders", new { offeringId = lily["id"], compoundId = shuinan["id"], needs = "婚姻家庭咨询" + i, wanted });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
        }

        Assert.Equal(HttpStatusCode.OK, (await Send(party, $"/api/cobuilding/orders/{ids[0]}/accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(party, $"/api/cobuilding/orders/{ids[1]}/accept", new { })).StatusCode);
        var full = await Send(party, $"/api/cobuilding/orders/{ids[2]}/accept", new { });
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode); // two a month
        Assert.Equal("NP-COB-010", (string)(await full.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(party, $"/api/cobuilding/orders/{ids[0]}/rate", new { rating = 5 })).StatusCode); // the compound rates
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, $"/api/cobuilding/orders/{ids[1]}/cancel", new { reason = "改期" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(party, $"/api/cobuilding/orders/{ids[2]}/accept", new { })).StatusCode); // the cancelled one gave its unit back
        var bad = await staff.PostAsJsonAsync("/api/cobuilding/orders", new { offeringId = lily["id"], compoundId = shuinan["id"], needs = "x", wanted = "2020-01-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        return client.SendAsync(request);
    }
}
