using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Requests;

public sealed class RequestApiTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;
    private readonly HttpClient _system;

    public RequestApiTests(SampleApiFactory factory)
    {
        _factory = factory;
        _system = factory.CreateSystemClient();
    }

    private async Task<string> District() => (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))!.First(p => (string)p!["name"]! == "延平区")!["id"]!;

    private async Task<string> Place(string name) =>
        (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/places/{await District()}/subtree"))!.First(p => (string)p!["name"]! == name)!["id"]!;

    private async Task<string> Unit(string name)
    {
        var root = (await _system.GetFromJsonAsync<JsonArray>("/api/units"))!.First(u => (string)u!["name"]! == "中共南平市延平区委员会")!;
        return (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.First(u => (string)u!["name"]! == name)!["id"]!;
    }

    private async Task<HttpClient> AsDemoResident()
    {
        var actor = (await _system.GetFromJsonAsync<JsonArray>("/dev/actors"))!.First(a => (string)a!["name"]! == "resident")!;
        return _factory.CreateClientFor(new Actor("t:resident", ActorKind.Resident, Guid.Parse((string)actor["scopeId"]!)), ifMatchAny: true);
    }

    [Fact]
    public async Task The_demo_has_requests_in_every_state_and_the_parking_deliberation_at_yuxuan_with_its_decision_and_actions()
    {
        var requests = (await _system.GetFromJsonAsync<JsonArray>($"/api/requests?place={await District()}&take=1000"))!;
        var states = requests.Select(r => (string)r!["state"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "Received", "Accepted", "Assigned", "InProgress", "Resolved", "Closed", "Declined", "Duplicate" }, states);
        Assert.Contains(requests, r => (int)r!["reopenCount"]! == 1);
        var channels = requests.Select(r => (string)r!["channel"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "doorstep-post", "listening-garden", "deliberation-pavilion", "neighbour-point", "wechat-group", "hotline", "in-person" }, channels);

        var deliberation = (await _system.GetFromJsonAsync<JsonArray>($"/api/deliberations?place={await Place("豫轩里")}"))!.Single()!;
        Assert.Equal(("豫轩里停车难议事会", "listening-garden", "Decided", 1), ((string)deliberation["title"]!, (string)deliberation["venue"]!, (string)deliberation["state"]!,
            (int)deliberation["adoptedProposal"]!));
        var parties = deliberation["participants"]!.AsArray().Select(p => (string)p!["party"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "Branch", "OwnersCommittee", "PropertyCompany", "Partner", "ResidentRepresentative" }, parties);
        var tally = deliberation["proposals"]![0]!["tally"]!;
        Assert.True((bool)tally["passed"]! && (bool)tally["quorate"]!);
        Assert.False((bool)deliberation["proposals"]![1]!["tally"]!["passed"]!);
        var actions = deliberation["actions"]!.AsArray();
        Assert.Equal(["Done", "Open", "Open"], actions.Select(a => (string)a!["state"]!));

        // request → deliberation → actions → result, from the request's side.
        var parking = (string)deliberation["requests"]![0]!;
        var trail = (await _system.GetFromJsonAsync<JsonObject>($"/api/requests/{parking}/trail"))!;
        Assert.Equal("parking", (string)trail["request"]!["category"]!);
        Assert.Equal("已施划32个夜间车位并公示", (string)trail["deliberations"]![0]!["actions"]![0]!["result"]!);

        // The figures count requests resolved (the leak, the lamp, the reopened one once) and channels in use per compound.
        var figures = (await _system.GetFromJsonAsync<JsonObject>($"/api/requests/figures?place={await District()}&from=2020-01-01&to=2029-12-31"))!;
        Assert.True((int)figures["problemsSolved"]! >= 3);
        Assert.True((int)figures["platforms"]! >= 8);
    }

    [Fact]
    public async Task A_resident_sees_their_own_requests_and_public_ones_and_never_who_raised_a_public_one()
    {
        var resident = await AsDemoResident();
        var mine = (await resident.GetFromJsonAsync<JsonArray>("/api/requests"))!;
        Assert.Contains(mine, r => (string)r!["stateZh"]! == "处理中" && r["residentId"] is not null); // her reopened request
        Assert.All(mine.Where(r => r!["residentId"] is null), r => Assert.True((bool)r!["isPublic"]!));
        Assert.All(mine.Where(r => r!["residentId"] is null), r => Assert.All(r!["transitions"]!.AsArray(), t => Assert.Null(t!["actor"])));

        // Another resident's private request is not there for her.
        var all = (await _system.GetFromJsonAsync<JsonArray>($"/api/requests?place={await District()}&take=1000"))!;
        var otherPrivate = all.First(r => !(bool)r!["isPublic"]! && !mine.Any(m => (string)m!["id"]! == (string)r["id"]!))!;
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/api/requests/{otherPrivate["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsJsonAsync($"/api/requests/{otherPrivate["id"]}/accept", new { })).StatusCode);

        // She raises one in her own compound, not in another, and not for someone else.
        var wuyi = await Place("武夷香榭");
        var raised = await resident.PostAsJsonAsync("/api/requests", new { category = "sanitation", channel = "doorstep-post", compoundId = wuyi, description = "楼下垃圾桶满了" });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        Assert.NotNull((await raised.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.PostAsJsonAsync("/api/requests",
            new { category = "sanitation", channel = "doorstep-post", compoundId = await Place("豫轩里"), description = "别处" })).StatusCode);

        // She rates and reopens only her own.
        var leak = all.First(r => (string)r!["state"]! == "Closed")!;
        Assert.Equal(HttpStatusCode.NotFound, (await resident.PostAsJsonAsync($"/api/requests/{leak["id"]}/reopen", new { text = "又漏了" })).StatusCode);
    }

    [Fact]
    public async Task A_steward_handles_requests_in_their_compound_only()
    {
        var steward = _factory.CreateClientFor(new Actor("t:stw", ActorKind.Steward, Guid.Parse(await Unit("武夷香榭小区党支部"))), ifMatchAny: true);
        var wuyi = await Place("武夷香榭");
        var created = await steward.PostAsJsonAsync("/api/requests", new { category = "facilities", channel = "in-person", compoundId = wuyi, description = "健身器材松动",
            attributes = new Dictionary<string, string> { ["facility"] = "fitness" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        foreach (var (step, body) in new (string, object)[] { ("accept", new { }), ("assign", new { kind = "Steward", name = "林文金" }), ("start", new { }), ("resolve", new { text = "紧固螺丝" }) })
        {
            var response = await steward.PostAsJsonAsync($"/api/requests/{id}/{step}", body);
            Assert.True(response.IsSuccessStatusCode, $"{step}: {await response.Content.ReadAsStringAsync()}");
        }

        var yuxuanRequest = (await _system.GetFromJsonAsync<JsonArray>($"/api/requests?place={await Place("豫轩里")}"))![0]!;
        Assert.Equal(HttpStatusCode.NotFound, (await steward.GetAsync($"/api/requests/{yuxuanRequest["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await steward.PostAsJsonAsync($"/api/requests/{yuxuanRequest["id"]}/accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.PostAsJsonAsync("/api/deliberations", new { title = "议事", compoundId = wuyi, venue = "listening-garden",
            scheduledAt = "2026-12-01T11:00:00Z", requests = new[] { id }, participants = new[] { new { party = "Branch", name = "书记" } } })).StatusCode);
    }

    [Fact]
    public async Task A_deliberation_runs_through_the_api_and_a_refused_vote_or_decision_explains_itself()
    {
        var secretary = _factory.CreateClientFor(new Actor("t:sec", ActorKind.CompoundSecretary, Guid.Parse(await Unit("武夷香榭小区党支部"))), ifMatchAny: true);
        var wuyi = await Place("武夷香榭");
        var request = await (await secretary.PostAsJsonAsync("/api/requests", new { category = "parking", channel = "deliberation-pavilion", compoundId = wuyi, description = "电动车乱停" }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var created = await secretary.PostAsJsonAsync("/api/deliberations", new
        {
            title = "电动车停放议事", compoundId = wuyi, venue = "deliberation-pavilion", scheduledAt = "2026-12-01T11:00:00Z", requests = new[] { request!["id"] },
            participants = new object[] { new { party = "Branch", name = "林文金" }, new { party = "OwnersCommittee", name = "陈美华" }, new { party = "ResidentRepresentative", name = "郑国强" } },
            agenda = new[] { "充电桩选址" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        async Task<HttpResponseMessage> Step(string step, object body) => await secretary.PostAsJsonAsync($"/api/deliberations/{id}/{step}", body);
        Assert.Equal(HttpStatusCode.OK, (await Step("proposals", new { text = "在3号楼旁建集中充电棚", proposedBy = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step("open", new { present = new[] { 1, 2 } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step("votes", new { proposal = 1, participant = 1, choice = "Yes" })).StatusCode);
        var absent = await Step("votes", new { proposal = 1, participant = 3, choice = "Yes" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, absent.StatusCode);
        Assert.Equal("NP-DLB-003", (string)(await absent.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        var early = await Step("decide", new { proposal = 1 }); // 1 yes of 2 present is not more than half
        Assert.Equal("NP-DLB-004", (string)(await early.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        Assert.Equal(HttpStatusCode.OK, (await Step("votes", new { proposal = 1, participant = 2, choice = "Yes" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step("decide", new { proposal = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step("actions", new { description = "建充电棚", assigneeKind = "OwnersCommittee", assignee = "业委会", dueOn = "2027-03-01", requestId = request["id"] })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Step("close", new { text = "完成" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step("actions/1/end", new { done = true, result = "充电棚建成" })).StatusCode);
        var closed = await (await Step("close", new { text = "电动车停放有序" })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Closed", (string)closed!["state"]!);
        var bad = await Step("votes", new { proposal = 0, participant = 99, choice = "Maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Wishes_go_from_the_wall_to_a_partner_and_back_to_the_resident()
    {
        var resident = await AsDemoResident();
        var posted = await resident.PostAsJsonAsync("/api/wishes", new { wish = "想请人教写毛笔字" });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var wish = (await posted.Content.ReadFromJsonAsync<JsonObject>())!;
        var partners = (await _system.GetFromJsonAsync<JsonArray>($"/api/cobuilding/partners?place={await District()}"))!;
        var federation = (string)partners.First(p => (string)p!["name"]! == "延平区妇联")!["id"]!;
        var party = _factory.CreateClientFor(new Actor("t:party", ActorKind.CoBuildingParty, Guid.Parse(federation)), ifMatchAny: true);
        var wall = (await party.GetFromJsonAsync<JsonArray>($"/api/wishes?place={await Place("武夷香榭")}"))!;
        Assert.Contains(wall, w => (string)w!["id"]! == (string)wish["id"]! && w["residentId"] is null); // the party does not see who wished
        Assert.Equal(HttpStatusCode.Forbidden, (await party.PostAsJsonAsync($"/api/wishes/{wish["id"]}/claim", new { partnerId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await party.PostAsJsonAsync($"/api/wishes/{wish["id"]}/claim", new { partnerId = federation })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await party.PostAsJsonAsync($"/api/wishes/{wish["id"]}/fulfil", new { text = "妇联书法志愿者上门教学" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await party.PostAsJsonAsync($"/api/wishes/{wish["id"]}/confirm", new { })).StatusCode);
        var confirmed = await (await resident.PostAsJsonAsync($"/api/wishes/{wish["id"]}/confirm", new { })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("Confirmed", "已确认"), ((string)confirmed!["state"]!, (string)confirmed["stateZh"]!));
        Assert.Contains((await resident.GetFromJsonAsync<JsonArray>("/api/wishes"))!, w => (string)w!["id"]! == (string)wish["id"]!);
    }

    [Fact]
    public async Task The_parking_decision_became_a_project_that_activities_carry_out()
    {
        var yuxuan = await Place("豫轩里");
        var project = (await _system.GetFromJsonAsync<JsonArray>($"/api/projects?place={yuxuan}"))!.Single(p => (string)p!["title"]! == "豫轩里停车秩序整治")!;
        Assert.Equal("Running", (string)project["state"]!);
        var parking = (await _system.GetFromJsonAsync<JsonArray>($"/api/deliberations?place={yuxuan}"))![0]!["requests"]![0]!;
        Assert.Equal((string)parking!, (string)project["requests"]![0]!);
        var recorded = await _system.PostAsJsonAsync("/api/activities", new
        {
            kind = "volunteer-service", title = "党员志愿者夜间引导停车", placeId = yuxuan, startsAt = _factory.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant()
                .InZone(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date.PlusDays(-1).At(new NodaTime.LocalTime(19, 0)).ToString("uuuu-MM-ddTHH:mm:ss", null),
            participants = 6, unitId = await Unit("豫轩里小区党支部"), projectId = project["id"], requestId = parking,
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var shown = (await _system.GetFromJsonAsync<JsonObject>($"/api/projects/{project["id"]}"))!;
        Assert.Equal("党员志愿者夜间引导停车", (string)shown["activities"]![0]!["title"]!);
    }
}
