using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Stewards;

public sealed class StewardApiTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;
    private readonly HttpClient _system;

    public StewardApiTests(SampleApiFactory factory)
    {
        _factory = factory;
        _system = factory.CreateSystemClient();
    }

    private async Task<JsonObject> Unit(string name)
    {
        var root = (await _system.GetFromJsonAsync<JsonArray>("/api/units"))!.First(u => (string)u!["name"]! == "中共南平市延平区委员会")!;
        return (JsonObject)(await _system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.First(u => (string)u!["name"]! == name)!;
    }

    private async Task<string> District() => (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))!.First(p => (string)p!["name"]! == "延平区")!["id"]!;

    private async Task<JsonObject> Compound(string name) =>
        (JsonObject)(await _system.GetFromJsonAsync<JsonArray>($"/api/places/{await District()}/subtree?kind=Compound"))!.First(p => (string)p!["name"]! == name)!;

    private async Task<HttpClient> As(ActorKind kind, string unitName) =>
        _factory.CreateClientFor(new Actor("t:" + kind, kind, Guid.Parse((string)(await Unit(unitName))["id"]!)));

    [Fact]
    public async Task The_demo_shows_the_secretary_of_wuyi_chairing_the_owners_committee()
    {
        var wuyi = await Compound("武夷香榭");
        var steward = await As(ActorKind.Steward, "武夷香榭小区党支部");
        var team = (await steward.GetFromJsonAsync<JsonObject>($"/api/stewards/compounds/{wuyi["id"]}/team"))!;
        Assert.True((bool)team["crossHolding"]!);
        var seats = team["seats"]!.AsArray().Select(s => (JsonObject)s!).ToList();
        var lin = seats.Where(s => (string)s["holder"]! == "林文金").Select(s => (string)s["role"]!).ToList();
        Assert.Equal(["secretary", "owners-committee-chair"], lin);
        Assert.All(seats.Where(s => (string)s["holder"]! == "林文金"), s => Assert.True((bool)s["crossHolding"]!));
        Assert.Contains(seats, s => (string)s["holderKind"]! == "Resident" && (string)s["role"]! == "building-leader"); // a respected resident
        Assert.Equal("SelfManaged", (string)team["governance"]!["management"]!);
        Assert.Equal("林文金", (string)team["governance"]!["ownersCommittee"]!["seats"]![0]!["name"]!);
    }

    [Fact]
    public async Task The_district_coverage_report_shows_real_gaps()
    {
        var report = (await _system.GetFromJsonAsync<JsonObject>($"/api/stewards/coverage/{await District()}"))!;
        string Names(string list, string field = "name") => string.Join(",", report[list]!.AsArray().Select(i => (string)i![field]!).Order());
        Assert.Equal("世纪星城A区小区党支部,百福小区党支部", Names("branchesWithoutSecretary")); // 第二网格小区 has 孙书记 (the care story)
        var gaps = report["committeeGaps"]!.AsArray().ToDictionary(g => (string)g!["branch"]!["name"]!, g => (string)g!["kind"]!);
        Assert.Equal("Missing", gaps["怡景嘉园小区党支部"]);
        Assert.DoesNotContain("武夷香榭小区党支部", gaps.Keys); // a committee of three is in office
        Assert.Equal("TR-4", (string)report["endingSoon"]!.AsArray().Single(r => (string)r!["role"]! == "secretary")!["rule"]!);
        Assert.Equal("百福小区党支部", Names("expired", "siteName"));
        Assert.Equal("Resigned", (string)report["vacancies"]!.AsArray().Single(v => (string)v!["siteName"]! == "世纪星城A区小区党支部")!["endReason"]!);
        Assert.Contains(report["buildingsWithoutLeader"]!.AsArray(), b => (string)b!["compoundName"]! == "武夷香榭" && (string)b["name"]! == "5号楼");
        Assert.Equal("林文金", (string)report["crossHoldings"]![0]!["name"]!);
        Assert.True((int)report["gapCount"]! > 10);
    }

    [Fact]
    public async Task An_appointment_is_made_read_ended_once_and_versioned()
    {
        var yuxuan = await Compound("豫轩里");
        var branch = await Unit("豫轩里小区党支部");
        var staff = await As(ActorKind.CommunityStaff, "江南社区党委");
        var resident = (await (await staff.PostAsJsonAsync("/api/residents", new { name = "楼长候选", compoundId = yuxuan["id"] })).Content.ReadFromJsonAsync<JsonObject>())!;
        var building = (await _system.GetFromJsonAsync<JsonArray>($"/api/places/{yuxuan["id"]}/children"))![3]!;
        var created = await staff.PostAsJsonAsync("/api/stewards/appointments",
            new { role = "building-leader", basis = "AppointedLocally", start = "2025-01-01", residentId = resident["id"], placeId = building["id"] });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var appointment = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("2027-12-31", (string)appointment["end"]!);
        Assert.True((bool)appointment["inOffice"]!);

        var listed = (await staff.GetFromJsonAsync<JsonArray>($"/api/stewards/appointments?place={yuxuan["id"]}&role=building-leader&heldOn=2026-01-01"))!;
        Assert.Contains(listed, a => (string)a!["id"]! == (string)appointment["id"]!);
        Assert.Empty((await staff.GetFromJsonAsync<JsonArray>($"/api/stewards/appointments?place={yuxuan["id"]}&role=building-leader&heldOn=2024-06-01"))!);

        var url = $"/api/stewards/appointments/{appointment["id"]}";
        var end = new { lastDay = "2026-06-30", reason = "MovedAway", note = "搬离小区" };
        Assert.Equal((HttpStatusCode)428, (await staff.PostAsJsonAsync(url + "/end", end)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(staff, url + "/end", end, "\"7\"")).StatusCode);
        var ended = await Send(staff, url + "/end", end, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var body = (await ended.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False((bool)body["inOffice"]!);
        Assert.Equal("2026-06-30", (string)body["lastDay"]!);
        var again = await Send(staff, url + "/end", end, "\"2\"");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("NP-STW-008", (string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);

        // The compound secretary of another compound sees nothing of it; the one of this compound may not appoint its own secretary (TR-5).
        var other = await As(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        var hidden = await other.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("NP-STW-007", (string)(await hidden.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        var own = await As(ActorKind.CompoundSecretary, "豫轩里小区党支部");
        var member = (await own.GetFromJsonAsync<JsonArray>($"/api/members?unit={branch["id"]}&status=Full"))![0]!;
        var self = await own.PostAsJsonAsync("/api/stewards/appointments", new { role = "secretary", basis = "ElectedByAssembly", start = "2026-01-01", memberId = member["id"], unitId = branch["id"] });
        Assert.Equal(HttpStatusCode.NotFound, self.StatusCode);
    }

    [Fact]
    public async Task Rules_come_back_as_problems_with_their_rule_ids()
    {
        var branch = await Unit("豫轩里小区党支部");
        var staff = await As(ActorKind.CommunityStaff, "江南社区党委");
        var members = (await staff.GetFromJsonAsync<JsonArray>($"/api/members?unit={branch["id"]}"))!;
        var probationary = members.First(m => (string)m!["status"]! == "Probationary")!;
        var inBranch = members.First(m => (string)m!["status"]! == "Full" && (string?)m["unitId"] == (string)branch["id"]!)!;
        async Task<(HttpStatusCode, string?)> Appoint(object body)
        {
            var response = await staff.PostAsJsonAsync("/api/stewards/appointments", body);
            return (response.StatusCode, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]);
        }

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "NP-STW-003"),
            await Appoint(new { role = "deputy-secretary", basis = "ElectedByCommittee", start = "2026-10-01", memberId = probationary["id"], unitId = branch["id"] }));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "BR-4"),
            await Appoint(new { role = "committee-organisation", basis = "ElectedByAssembly", start = "2026-10-01", memberId = inBranch["id"], unitId = branch["id"] }));
        var sitting = (string)(await staff.GetFromJsonAsync<JsonArray>($"/api/stewards/appointments?unit={branch["id"]}&role=secretary"))![0]!["memberId"]!;
        Assert.Equal((HttpStatusCode.Conflict, "BR-4"), // the demo's secretary is in office: one at a time
            await Appoint(new { role = "secretary", basis = "ElectedByCommittee", start = "2026-10-01", memberId = members.First(m => (string)m!["status"]! == "Full" && (string?)m["unitId"] == (string)branch["id"]! && (string)m["id"]! != sitting)!["id"], unitId = branch["id"] }));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "NP-STW-001"),
            await Appoint(new { role = "mayor", basis = "ElectedByAssembly", start = "2026-10-01", memberId = members[0]!["id"], unitId = branch["id"] }));
        Assert.Equal((HttpStatusCode.BadRequest, "NP-HTTP-400"),
            await Appoint(new { role = "secretary", basis = "Acclamation", start = "2026-10-01", memberId = members[0]!["id"], unitId = branch["id"] }));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync($"/api/stewards/appointments?unit={branch["id"]}&heldOn=2026-13-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync($"/api/stewards/appointments?unit={branch["id"]}&place={branch["places"]![0]}")).StatusCode);

        var secretary = (await staff.GetFromJsonAsync<JsonArray>($"/api/stewards/appointments?unit={branch["id"]}&role=secretary"))![0]!;
        var tooFar = await Send(staff, $"/api/stewards/appointments/{secretary["id"]}/term", new { end = "2035-01-01", approvedBy = "水南街道党工委", approvedOn = "2026-11-01" }, "*");
        Assert.Equal("TR-3", (string)(await tooFar.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        var roles = (await staff.GetFromJsonAsync<JsonArray>("/api/stewards/roles"))!;
        Assert.Contains(roles, r => (string)r!["key"]! == "grid-worker" && (string)r["nameZh"]! == "网格员");
    }

    [Fact]
    public async Task The_owners_committee_is_recorded_with_version_zero_first()
    {
        var compound = await Compound("水南新村");
        var staff = await As(ActorKind.CommunityStaff, "江南社区党委");
        var url = $"/api/stewards/compounds/{compound["id"]}/governance";
        var empty = await staff.GetAsync(url);
        Assert.Equal("\"0\"", empty.Headers.ETag!.Tag);
        Assert.Equal("Unknown", (string)(await empty.Content.ReadFromJsonAsync<JsonObject>())!["management"]!);
        var body = new
        {
            management = "PropertyCompany", propertyCompany = "水南物业", propertyContact = "13905991234",
            ownersCommittee = new { electedOn = "2024-03-01", termStart = "2024-03-15", termEnd = "2029-03-14", seats = new[] { new { name = "吴主任", position = "Chair" } } },
        };
        var first = await Send(staff, url, body, "\"0\"", HttpMethod.Put);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"1\"", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(staff, url, body, "\"0\"", HttpMethod.Put)).StatusCode);
        var tooLong = body with { ownersCommittee = body.ownersCommittee with { termEnd = "2030-03-15" } };
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Send(staff, url, tooLong, "\"1\"", HttpMethod.Put)).StatusCode);

        var steward = await As(ActorKind.Steward, "豫轩里小区党支部");
        var yuxuan = await Compound("豫轩里");
        var seen = (await steward.GetFromJsonAsync<JsonObject>($"/api/stewards/compounds/{yuxuan["id"]}/governance"))!;
        Assert.Contains("*", (string)seen["propertyContact"]!, StringComparison.Ordinal); // stewards see phones masked
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(steward, $"/api/stewards/compounds/{yuxuan["id"]}/governance", body, "*", HttpMethod.Put)).StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, object body, string ifMatch, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
