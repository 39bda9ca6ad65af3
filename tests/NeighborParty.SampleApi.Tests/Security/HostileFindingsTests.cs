using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>
/// One regression test per finding of the hostile review (issue 15; docs/security.md lists them by these names).
/// Each failed before its fix. Finding 8 (rate limits) and finding 11 (demo data in Production) need their own
/// host settings and live in <see cref="RateLimitTests"/> and <see cref="ProductionHostTests"/>.
/// </summary>
public sealed partial class HostileFindingsTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;
    private readonly HttpClient _system;

    public HostileFindingsTests(SampleApiFactory factory)
    {
        _factory = factory;
        _system = factory.CreateSystemClient();
    }

    [Fact]
    public async Task Finding01_ledger_files_never_carry_a_spreadsheet_formula()
    {
        var secretary = await AsUnit(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        var created = await secretary.PostAsJsonAsync("/api/members", NewMember("=HYPERLINK(\"http://x.example\",\"点我\")", TestIds.Next(1961), await UnitId("武夷香榭小区党支部")));
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains("NP-GEN-001", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var staff = await AsUnit(ActorKind.CommunityStaff, "剑津社区党委");
        var place = await Place("武夷香榭");
        var imported = await Upload(staff, place, $"姓名,身份证号,入党日期,转正日期,党员类别,组织关系所在党组织,居住小区\n@SUM(A1),{TestIds.Next(1962)},1985-07-01,1986-07-01,离退休,武夷香榭小区党支部,武夷香榭\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, imported.StatusCode);
        Assert.Equal("name", (string)(await imported.Content.ReadFromJsonAsync<JsonObject>())!["report"]!["errors"]![0]!["column"]!);

        var export = await staff.GetStringAsync($"/api/ledger/export?scope={place}");
        var cells = export.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(line => line.TrimEnd('\r').Split(',')).Select(c => c.Trim('"'));
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@');
    }

    [Fact]
    public async Task Finding02_an_id_number_held_outside_the_scope_gets_one_neutral_answer_naming_nobody()
    {
        var other = (await _system.GetFromJsonAsync<JsonArray>($"/api/members?unit={await UnitId("豫轩里小区党支部")}"))![0]!;
        var otherId = (string)(await _system.GetFromJsonAsync<JsonObject>($"/api/members/{other["id"]}"))!["idNumber"]!;
        var secretary = await AsUnit(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        var created = await secretary.PostAsJsonAsync("/api/members", NewMember("探针", otherId, await UnitId("武夷香榭小区党支部")));
        var body = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, created.StatusCode);
        Assert.Contains("NP-MBR-009", body, StringComparison.Ordinal);
        Assert.DoesNotContain((string)other["name"]!, body, StringComparison.Ordinal);
        Assert.DoesNotContain("already", body, StringComparison.OrdinalIgnoreCase);

        var staff = await AsUnit(ActorKind.CommunityStaff, "剑津社区党委");
        var imported = await Upload(staff, await Place("武夷香榭"), $"姓名,身份证号,入党日期,转正日期,党员类别,组织关系所在党组织,居住小区\n探针,{otherId},1985-07-01,1986-07-01,离退休,武夷香榭小区党支部,武夷香榭\n");
        var report = await imported.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, imported.StatusCode);
        Assert.Contains("NP-MBR-009", report, StringComparison.Ordinal);
        Assert.DoesNotContain("outside", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain((string)other["name"]!, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding03_the_trail_of_a_public_request_names_no_resident_and_shows_no_votes_to_a_resident()
    {
        var resident = await AsDemo("resident");
        var deliberations = (await _system.GetFromJsonAsync<JsonArray>($"/api/deliberations?place={await Place("豫轩里")}"))!;
        var voted = deliberations.First(d => d!["participants"]!.AsArray().Any(p => p!["referenceId"] is not null) && d["requests"]!.AsArray().Count > 0)!;
        var requestId = (string)voted["requests"]![0]!;
        Assert.True((bool)(await _system.GetFromJsonAsync<JsonObject>($"/api/requests/{requestId}"))!["isPublic"]!);

        var trail = (await resident.GetFromJsonAsync<JsonObject>($"/api/requests/{requestId}/trail"))!;
        Assert.Null(trail["request"]!["residentId"]);
        var shown = trail["deliberations"]!.AsArray();
        Assert.NotEmpty(shown);
        Assert.All(shown, d => Assert.All(d!["participants"]!.AsArray(), p => Assert.Null(p!["referenceId"])));
        Assert.DoesNotContain("\"votes\":[{", trail.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"ballots\":[{", trail.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding04_a_secretary_cannot_raise_a_request_for_a_resident_of_another_compound()
    {
        var outsider = (await _system.GetFromJsonAsync<JsonArray>($"/api/residents?compound={await Place("豫轩里")}"))![0]!;
        var secretary = await AsUnit(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        var before = (await _system.GetFromJsonAsync<JsonArray>($"/api/requests?place={await Place("武夷香榭")}&take=1000"))!.Count;
        var raised = await secretary.PostAsJsonAsync("/api/requests",
            new { category = "sanitation", channel = "doorstep-post", compoundId = await Place("武夷香榭"), description = "代他人提交", residentId = (string)outsider["id"]! });
        Assert.Equal(HttpStatusCode.NotFound, raised.StatusCode);
        Assert.Equal(before, (await _system.GetFromJsonAsync<JsonArray>($"/api/requests?place={await Place("武夷香榭")}&take=1000"))!.Count);
    }

    [Fact]
    public async Task Finding05_a_new_member_cannot_be_placed_in_a_compound_outside_the_scope()
    {
        var secretary = await AsUnit(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        var member = NewMember("越界居住", TestIds.Next(1963), await UnitId("武夷香榭小区党支部"), residenceCompoundId: await Place("豫轩里"));
        var created = await secretary.PostAsJsonAsync("/api/members", member);
        Assert.Equal(HttpStatusCode.NotFound, created.StatusCode);
        var listed = (await _system.GetFromJsonAsync<JsonArray>($"/api/members?unit={await UnitId("武夷香榭小区党支部")}&name=越界居住"))!;
        Assert.Empty(listed);
    }

    [Fact]
    public async Task Finding06_a_co_building_party_changes_its_contacts_but_not_its_name_or_kind()
    {
        var party = await AsDemo("co-building-party");
        var actor = (await _system.GetFromJsonAsync<JsonArray>("/dev/actors"))!.First(a => (string)a!["name"]! == "co-building-party")!;
        var partner = (await party.GetFromJsonAsync<JsonObject>($"/api/cobuilding/partners/{actor["scopeId"]}"))!;
        var renamed = new HttpRequestMessage(HttpMethod.Put, $"/api/cobuilding/partners/{partner["id"]}")
        {
            Content = JsonContent.Create(new { name = "延平区人民政府", category = "GovernmentOrgan", homePlaceId = (string)partner["homePlaceId"]! }),
        };
        renamed.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        var refused = await party.SendAsync(renamed);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var after = (await _system.GetFromJsonAsync<JsonObject>($"/api/cobuilding/partners/{partner["id"]}"))!;
        Assert.Equal(((string)partner["name"]!, (string)partner["category"]!), ((string)after["name"]!, (string)after["category"]!));
    }

    [Fact]
    public async Task Finding07_an_out_of_scope_request_or_deliberation_answers_exactly_like_an_unknown_id()
    {
        var staff = await AsUnit(ActorKind.CommunityStaff, "剑津社区党委");
        var yuxuan = await Place("豫轩里");
        var request = (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/requests?place={yuxuan}&take=1"))![0]!["id"]!;
        var deliberation = (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/deliberations?place={yuxuan}"))![0]!["id"]!;
        foreach (var (path, id) in new[] { ("/api/requests/", request), ("/api/deliberations/", deliberation) })
        {
            var unknown = Guid.NewGuid().ToString();
            var hidden = await staff.GetAsync(path + id);
            var missing = await staff.GetAsync(path + unknown);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            static string Neutral(string body, string id) => TraceId().Replace(body.Replace(id, "ID", StringComparison.OrdinalIgnoreCase), string.Empty);
            Assert.Equal(Neutral(await missing.Content.ReadAsStringAsync(), unknown), Neutral(await hidden.Content.ReadAsStringAsync(), id));
        }
    }

    [Fact]
    public async Task Finding09_bad_input_names_the_field_and_never_a_dotnet_type()
    {
        var district = (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))![0]!["id"]!;
        var cases = new (HttpRequestMessage Request, string Field)[]
        {
            (Json(HttpMethod.Post, $"/api/places/{district}/children", "{\"kind\":\"Building\"}"), "name"),
            (Json(HttpMethod.Post, $"/api/places/{district}/children", "{\"kind\":\"Castle\",\"name\":\"x\"}"), "kind"),
            (Json(HttpMethod.Post, $"/api/places/{district}/children", "{\"kind\":\"Building\",\"name\":\"x\",\"colour\":\"red\"}"), "colour"),
            (Json(HttpMethod.Post, "/api/members", "{\"name\":\"x\",\"idNumber\":\"1\",\"joined\":\"yesterday\",\"category\":\"Retired\"}"), "joined"),
            (Json(HttpMethod.Post, "/api/members", "{\"name\":null,\"idNumber\":\"1\",\"joined\":\"2000-01-01\",\"category\":\"Retired\"}"), "name"),
            (new HttpRequestMessage(HttpMethod.Get, "/api/requests?place=not-a-uuid"), "place"),
            (new HttpRequestMessage(HttpMethod.Get, "/api/requests?take=many"), "take"),
        };
        foreach (var (request, field) in cases)
        {
            var response = await _system.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{request.RequestUri}: {(int)response.StatusCode} {body}");
            var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
            Assert.True(errors.ContainsKey(field), $"{request.RequestUri} should list '{field}': {body}");
            foreach (var leak in new[] { "System.", "NeighborParty.", "NodaTime.", "Request\"", "Guid ", "Int32", "LocalDate", "Nullable" })
            {
                Assert.False(body.Contains(leak, StringComparison.Ordinal), $"{request.RequestUri} quotes '{leak}': {body}");
            }
        }
    }

    [Fact]
    public async Task Finding10_responses_carrying_personal_data_are_not_cached_or_sniffed_and_name_no_server()
    {
        var response = await _system.GetAsync($"/api/members?unit={await UnitId("武夷香榭小区党支部")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
        var problem = await _system.GetAsync($"/api/members/{Guid.NewGuid()}");
        Assert.True(problem.Headers.CacheControl?.NoStore, "a problem is not cached either");
        var kestrel = _factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value;
        Assert.False(kestrel.AddServerHeader);
    }

    [Fact]
    public async Task Finding12_a_masked_id_number_cannot_be_rebuilt_from_the_fields_beside_it()
    {
        var secretary = await AsUnit(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        var members = (await secretary.GetFromJsonAsync<JsonArray>($"/api/members?unit={await UnitId("武夷香榭小区党支部")}"))!;
        Assert.NotEmpty(members);
        foreach (var member in members)
        {
            var masked = (string)member!["idNumber"]!;
            Assert.Equal(18, masked.Length);
            Assert.All(masked[1..14], c => Assert.Equal('*', c)); // region and the whole birth date hidden
            Assert.Null(member["birthDate"]); // and not given beside it
        }

        var export = await secretary.GetStringAsync($"/api/ledger/export?scope={await Place("武夷香榭")}&headers=en");
        var rows = export.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(',')).ToList();
        var birth = Array.IndexOf(rows[0], "birthDate");
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^(\d{4})?$", birth < 0 ? string.Empty : r[birth])); // the year at most
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2},\S*\*{13}", export); // no full birth date beside a masked number
    }

    [Fact]
    public async Task Finding13_an_open311_post_with_a_compound_bound_key_and_no_location_is_a_400()
    {
        using var client = _factory.CreateClient();
        var none = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "demo-open311-doorstep-yuxuan", ["service_code"] = "lighting", ["description"] = "路灯不亮",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(400, (int)(await none.Content.ReadFromJsonAsync<JsonArray>())![0]!["code"]!);

        var placed = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "demo-open311-doorstep-yuxuan", ["service_code"] = "lighting", ["description"] = "路灯不亮", ["lat"] = "26.64", ["long"] = "118.17",
        }));
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, string json)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        return request;
    }

    private static object NewMember(string name, string idNumber, string unitId, string? residenceCompoundId = null) => new
    {
        name, idNumber, joined = "1990-07-01", madeFull = "1991-07-01", category = "Retired", unitId, residenceCompoundId,
    };

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string place, string csv)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "ledger.csv");
        return await client.PostAsync($"/api/ledger/import?scope={place}", form);
    }

    private async Task<string> Place(string name)
    {
        var district = (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))![0]!["id"]!;
        return (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/places/{district}/subtree"))!.First(p => (string)p!["name"]! == name)!["id"]!;
    }

    private async Task<string> UnitId(string name)
    {
        var root = (await _system.GetFromJsonAsync<JsonArray>("/api/units"))![0]!;
        return (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.First(u => (string)u!["name"]! == name)!["id"]!;
    }

    private async Task<HttpClient> AsUnit(ActorKind kind, string unitName) =>
        _factory.CreateClientFor(new Actor($"t:{kind}:{unitName}", kind, Guid.Parse(await UnitId(unitName))), ifMatchAny: true);

    private async Task<HttpClient> AsDemo(string name)
    {
        var actor = (await _system.GetFromJsonAsync<JsonArray>("/dev/actors"))!.First(a => (string)a!["name"]! == name)!;
        return _factory.CreateClientFor(new Actor("t:" + name, Enum.Parse<ActorKind>((string)actor["kind"]!), Guid.Parse((string)actor["scopeId"]!)), ifMatchAny: true);
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex TraceId();
}
