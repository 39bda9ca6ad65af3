using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>
/// Sends more than a thousand malformed or hostile requests to every endpoint — wrong types, huge and empty strings,
/// control characters, SQL-looking text, unknown enum values, impossible dates, wrong content types, bad ids, bad
/// query values, bad If-Match — and checks that none gets a 5xx, each gets a problem document, and the database is
/// byte-for-byte what it was.
/// </summary>
public sealed class HostileInputCorpusTests : IClassFixture<SampleApiFactory>
{
    private const string Sql = "'; DROP TABLE \"Places\"; --";
    private readonly SampleApiFactory _factory;

    public HostileInputCorpusTests(SampleApiFactory factory) => _factory = factory;

    private sealed record Probe(HttpMethod Method, string Url, string? Body, string ContentType = "application/json", string? IfMatch = null)
    {
        /// <summary>Gets the multipart field name the body is sent under, or null to send it as is.</summary>
        public string? File { get; init; }

        public override string ToString() => $"{Method} {Url[..Math.Min(Url.Length, 120)]} body={Body?[..Math.Min(Body.Length, 120)]} type={ContentType} if-match={IfMatch}";
    }

    /// <summary>Hostile values for any JSON field.</summary>
    private static readonly string[] HostileValues =
    [
        "123", "-1", "1e309", "1.5", "true", "[]", "{}", "[1,2]", "{\"$ne\":1}", "\"\"", "\"   \"", "\"\\u0000\\u0007\\u001b\"",
        Json(new string('名', 101)), Json(new string('x', 5_000)), Json(Sql), Json("<script>alert(1)</script>"), Json("Palace"),
        Json("2026-02-30"), Json("2026-13-01"), Json("0000-01-01"), Json("99999-01-01"), Json("not-a-guid"),
        Json("00000000-0000-0000-0000-000000000000"), "[\"not-a-guid\"]", "[null]", "9223372036854775808", Json("\uD800"),
    ];

    /// <summary>Bodies that are broken as a whole.</summary>
    private static readonly string[] HostileBodies =
    [
        "", "null", "[]", "{", "{\"name\":", "123", "\"text\"", "{}", "{\"name\":\"ok\",\"name\":\"twice\"}",
        "{\"unknownField\":1}", new string('[', 200) + new string(']', 200), "{\"name\":\"" + new string('a', 70_000) + "\"}",
        "\u0000\u0001", "{'name':'single quotes'}", "{\"name\":\"x\"} trailing",
    ];

    private static readonly string[] HostileIds = ["not-a-guid", "' OR 1=1 --", "00000000-0000-0000-0000-000000000000", "%00", new string('f', 3000), Guid.NewGuid().ToString(), "..%2F..%2Fetc%2Fpasswd"];

    private static readonly string[] HostileQueries =
    [
        "kind=Palace", "kind=99", "kind=" + Uri.EscapeDataString(Sql), "includeDissolved=maybe", "includeDissolved=" + new string('1', 2000),
        "take=-1", "take=0", "take=999999", "take=abc", "before=yesterday", "before=2026-02-30T00:00:00Z", "before=" + Uri.EscapeDataString(Sql),
        "status=Palace", "category=99", "mobile=maybe", "skip=-5", "name=" + new string('名', 300), "headers=fr",
        "heldOn=2026-02-30", "heldOn=" + Uri.EscapeDataString(Sql), "role=" + new string('r', 300), "role=" + Uri.EscapeDataString(Sql), "place=" + Guid.Empty,
    ];

    /// <summary>Hostile ledger files: each is refused whole and stores nothing.</summary>
    private static readonly string[] HostileLedgers =
    [
        "", "姓名\n", "\"unclosed", "name,idNumber,joined,category\n" + new string(',', 5000), "name,idNumber,joined,category,unknown\nx,y,z,w,v\n",
        "name,idNumber,joined,category\n" + Sql + ",11010519491231002X,1990-07-01,Retired\n", "name,idNumber,joined,category,unit\n张三,110105194912310021,1990-02-30,学生,无此组织\n",
        "\u0000\u0001\u0002", "name,name\n", new string('x', 300),
    ];

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Fact]
    public async Task A_thousand_hostile_requests_get_4xx_problems_and_change_nothing()
    {
        var client = _factory.CreateClientFor(new Actor("test:corpus", ActorKind.System, Guid.Empty));
        var ids = await TargetsAsync(client);
        var probes = Corpus(ids).ToList();
        Assert.True(probes.Count >= 1000, $"only {probes.Count} probes");

        var before = Fingerprint();
        var failures = new List<string>();
        foreach (var probe in probes)
        {
            using var request = new HttpRequestMessage(probe.Method, probe.Url);
            if (probe.File is not null)
            {
                var form = new MultipartFormDataContent();
                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(probe.Body ?? string.Empty)), probe.File, "ledger.csv");
                request.Content = form;
            }
            else if (probe.Body is not null)
            {
                request.Content = new StringContent(probe.Body, Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(probe.ContentType);
            }

            if (probe.IfMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", probe.IfMatch);
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500)
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"{status} for {probe}: {body[..Math.Min(body.Length, 300)]}");
            }
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{status} without problem details for {probe}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {probes.Count} probes misbehaved:\n" + string.Join("\n", failures.Take(30)));
        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public async Task Sql_looking_and_markup_text_in_a_valid_name_is_stored_verbatim_and_harms_nothing()
    {
        var client = _factory.CreateSystemClient();
        var ids = await TargetsAsync(client);
        var created = await client.PostAsJsonAsync($"/api/places/{ids.Compound}/children", new { kind = "Building", name = Sql });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var place = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(Sql, (string)(await client.GetFromJsonAsync<JsonObject>($"/api/places/{place["id"]}"))!["name"]!);
        Assert.NotEmpty((await client.GetFromJsonAsync<JsonArray>("/api/places"))!);
    }

    private sealed record Targets(string Unit, string Group, string Place, string Compound, string Building)
    {
        public string Member { get; init; } = "";

        public string Resident { get; init; } = "";

        public string Branch { get; init; } = "";

        public string Appointment { get; init; } = "";

        public string Partner { get; init; } = "";

        public string Covenant { get; init; } = "";

        public string Offering { get; init; } = "";

        public string Order { get; init; } = "";

        public string Request { get; init; } = "";

        public string Deliberation { get; init; } = "";

        public string Project { get; init; } = "";
    }

    private static async Task<Targets> TargetsAsync(HttpClient client)
    {
        var root = (await client.GetFromJsonAsync<JsonArray>("/api/units"))![0]!;
        var units = (await client.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!;
        var street = units.First(u => (string)u!["level"]! == "street")!;
        var group = units.First(u => (string)u!["level"]! == "functional-group")!;
        var district = (await client.GetFromJsonAsync<JsonArray>("/api/places"))![0]!;
        var places = (await client.GetFromJsonAsync<JsonArray>($"/api/places/{district["id"]}/subtree"))!;
        var compound = places.First(p => (string)p!["kind"]! == "Compound")!;
        var building = places.First(p => (string)p!["kind"]! == "Building")!;
        var branch = units.First(u => (string)u!["level"]! == "compound")!;
        var member = (await client.GetFromJsonAsync<JsonArray>($"/api/members?unit={branch["id"]}&take=1"))![0]!;
        var residents = (await client.GetFromJsonAsync<JsonArray>($"/api/residents?compound={compound["id"]}"))!;
        var resident = residents.Count > 0 ? residents[0]!
            : (await (await client.PostAsJsonAsync("/api/residents", new { name = "语料居民", compoundId = compound["id"] })).Content.ReadFromJsonAsync<JsonObject>())!;
        var appointment = (await client.GetFromJsonAsync<JsonArray>($"/api/stewards/appointments?place={district["id"]}&take=1"))![0]!;
        var partner = (await client.GetFromJsonAsync<JsonArray>($"/api/cobuilding/partners?place={district["id"]}&take=1"))![0]!;
        var covenant = (await client.GetFromJsonAsync<JsonArray>($"/api/cobuilding/covenants?unit={root["id"]}&take=1"))![0]!;
        var offering = (await client.GetFromJsonAsync<JsonArray>("/api/cobuilding/offerings?take=1"))![0]!;
        var order = (await client.GetFromJsonAsync<JsonArray>($"/api/cobuilding/orders?place={district["id"]}&take=1"))![0]!;
        var request = (await client.GetFromJsonAsync<JsonArray>($"/api/requests?place={district["id"]}&take=1"))![0]!;
        var deliberation = (await client.GetFromJsonAsync<JsonArray>($"/api/deliberations?place={district["id"]}&take=1"))![0]!;
        var project = (await client.GetFromJsonAsync<JsonArray>($"/api/projects?place={district["id"]}&take=1"))![0]!;
        return new Targets((string)street["id"]!, (string)group["id"]!, (string)district["id"]!, (string)compound["id"]!, (string)building["id"]!)
        {
            Member = (string)member["id"]!, Resident = (string)resident["id"]!, Branch = (string)branch["id"]!, Appointment = (string)appointment["id"]!,
            Partner = (string)partner["id"]!, Covenant = (string)covenant["id"]!, Offering = (string)offering["id"]!, Order = (string)order["id"]!,
            Request = (string)request["id"]!, Deliberation = (string)deliberation["id"]!, Project = (string)project["id"]!,
        };
    }

    /// <summary>
    /// Every write is aimed so that even a body that happens to be valid is refused: children under a unit or place
    /// that takes none, roots at a level that is not a root, changes with a stale If-Match.
    /// </summary>
    private static IEnumerable<Probe> Corpus(Targets t)
    {
        const string stale = "\"999999\"";
        var writes = new (HttpMethod Method, string Template, string Target, Dictionary<string, string> Valid, string? IfMatch)[]
        {
            (HttpMethod.Post, "/api/units", "", new() { ["level"] = Json("street"), ["kind"] = Json("WorkingCommittee"), ["name"] = Json("x") }, null),
            (HttpMethod.Post, "/api/units/{id}/children", t.Group, new() { ["level"] = Json("building-group"), ["kind"] = Json("BuildingGroup"), ["name"] = Json("x"), ["places"] = "[]", ["established"] = Json("2024-01-01") }, null),
            (HttpMethod.Put, "/api/units/{id}/name", t.Unit, new() { ["name"] = Json("x"), ["nameEn"] = Json("y") }, stale),
            (HttpMethod.Post, "/api/units/{id}/move", t.Unit, new() { ["parentId"] = Json(t.Group) }, stale),
            (HttpMethod.Post, "/api/units/{id}/dissolve", t.Unit, new() { ["date"] = Json("2025-01-01") }, stale),
            (HttpMethod.Post, "/api/units/{id}/places", t.Unit, new() { ["places"] = $"[{Json(t.Compound)}]" }, stale),
            (HttpMethod.Post, "/api/units/{id}/places/remove", t.Unit, new() { ["places"] = $"[{Json(t.Compound)}]" }, stale),
            (HttpMethod.Post, "/api/places", "", new() { ["kind"] = Json("Street"), ["name"] = Json("x") }, null),
            (HttpMethod.Post, "/api/places/{id}/children", t.Building, new() { ["kind"] = Json("Building"), ["name"] = Json("x"), ["households"] = "1", ["compoundKind"] = Json("Open") }, null),
            (HttpMethod.Put, "/api/places/{id}/name", t.Place, new() { ["name"] = Json("x") }, stale),
            (HttpMethod.Put, "/api/places/{id}/compound", t.Compound, new() { ["compoundKind"] = Json("Open"), ["households"] = "10" }, stale),

            // A new member with both a unit and an outside organisation is always refused (MR-1).
            (HttpMethod.Post, "/api/members", "", new() { ["name"] = Json("x"), ["idNumber"] = Json("11010519491231002X"), ["joined"] = Json("1990-07-01"), ["category"] = Json("Retired"),
                ["unitId"] = Json(t.Unit), ["externalOrganization"] = Json("外单位"), ["phone"] = Json("13800138000"), ["residenceCompoundId"] = Json(t.Compound) }, null),
            (HttpMethod.Put, "/api/members/{id}", t.Member, new() { ["name"] = Json("x"), ["idNumber"] = Json("11010519491231002X"), ["joined"] = Json("1990-07-01"),
                ["category"] = Json("Retired"), ["madeFull"] = Json("1991-07-01"), ["suspension"] = "{\"reason\":\"x\",\"from\":\"2020-01-01\"}" }, stale),
            (HttpMethod.Post, "/api/members/{id}/transfer", t.Member, new() { ["unitId"] = Json(t.Unit), ["date"] = Json("2025-01-01") }, stale),
            (HttpMethod.Post, "/api/members/{id}/transfer/receive", t.Member, new() { ["date"] = Json("2025-01-01") }, stale),
            (HttpMethod.Put, "/api/members/{id}/registration", t.Member, new() { ["compoundId"] = Json(t.Compound), ["grid"] = Json("网格") }, stale),
            (HttpMethod.Post, "/api/residents", "", new() { ["name"] = Json("x"), ["compoundId"] = Json(t.Building), ["contact"] = Json("13800138000") }, null),
            (HttpMethod.Put, "/api/residents/{id}", t.Resident, new() { ["name"] = Json("x"), ["compoundId"] = Json(t.Compound) }, stale),
            (HttpMethod.Post, "/api/formation/compounds", "", new() { ["compounds"] = $"[{Json(t.Compound)},{Json(t.Compound)}]" }, null),

            // A secretary is never held at a group, so even a valid body is refused; the rest carry a stale If-Match.
            (HttpMethod.Post, "/api/stewards/appointments", "", new() { ["role"] = Json("secretary"), ["basis"] = Json("ElectedByAssembly"), ["start"] = Json("2024-01-01"),
                ["memberId"] = Json(t.Member), ["unitId"] = Json(t.Group), ["end"] = Json("2025-01-01"), ["basisNote"] = Json("x") }, null),
            (HttpMethod.Post, "/api/stewards/appointments/{id}/end", t.Appointment, new() { ["lastDay"] = Json("2025-01-01"), ["reason"] = Json("Resigned"), ["note"] = Json("x") }, stale),
            (HttpMethod.Post, "/api/stewards/appointments/{id}/term", t.Appointment, new() { ["end"] = Json("2025-01-01"), ["approvedBy"] = Json("x"), ["approvedOn"] = Json("2025-01-01") }, stale),
            (HttpMethod.Put, "/api/stewards/compounds/{id}/governance", t.Compound, new() { ["management"] = Json("PropertyCompany"), ["propertyCompany"] = Json("x"),
                ["propertyContact"] = Json("13800138000"), ["ownersCommittee"] = "{\"electedOn\":\"2024-01-01\",\"termStart\":\"2024-01-01\",\"termEnd\":\"2025-01-01\",\"seats\":[{\"name\":\"x\",\"position\":\"Chair\"}]}" }, stale),


            // Co-building: a covenant naming one partner twice, an order for a day long past, and stale changes.
            (HttpMethod.Post, "/api/cobuilding/covenants", "", new() { ["title"] = Json("x"), ["unitId"] = Json(t.Branch), ["partners"] = $"[{Json(t.Partner)},{Json(t.Partner)}]",
                ["validFrom"] = Json("2026-01-01"), ["validTo"] = Json("2026-12-31"), ["commitments"] = "[{\"kind\":\"Service\",\"description\":\"x\",\"quantity\":1,\"unit\":\"场次\"}]" }, null),
            (HttpMethod.Post, "/api/cobuilding/covenants/{id}/sign", t.Covenant, new() { ["signer"] = Json("x"), ["partnerId"] = Json(t.Partner) }, stale),
            (HttpMethod.Post, "/api/cobuilding/covenants/{id}/amend", t.Covenant, new() { ["validFrom"] = Json("2026-01-01"), ["validTo"] = Json("2026-12-31"), ["commitments"] = "[]" }, stale),
            (HttpMethod.Post, "/api/cobuilding/orders", "", new() { ["offeringId"] = Json(t.Offering), ["compoundId"] = Json(t.Compound), ["needs"] = Json("x"), ["wanted"] = Json("2020-01-01") }, null),
            (HttpMethod.Post, "/api/cobuilding/orders/{id}/schedule", t.Order, new() { ["day"] = Json("2099-01-01"), ["participants"] = "3" }, stale),
            (HttpMethod.Put, "/api/cobuilding/partners/{id}", t.Partner, new() { ["name"] = Json("x"), ["category"] = Json("MassOrganisation"), ["homePlaceId"] = Json(t.Place),
                ["massOrganisation"] = Json("WomensFederation"), ["contactPhone"] = Json("13800138000") }, stale),

            // Requests, wishes and deliberations: a building where a compound belongs, a member where a resident belongs, stale changes.
            (HttpMethod.Post, "/api/requests", "", new() { ["category"] = Json("water-leak"), ["channel"] = Json("hotline"), ["compoundId"] = Json(t.Building), ["description"] = Json("x"),
                ["latitude"] = "26.6", ["longitude"] = "118.1", ["isPublic"] = "true", ["media"] = "[\"https://example.org/a.jpg\"]", ["attributes"] = "{\"floor\":\"3\"}" }, null),
            (HttpMethod.Post, "/api/requests/{id}/assign", t.Request, new() { ["kind"] = Json("Branch"), ["name"] = Json("x"), ["assigneeId"] = Json(t.Unit) }, stale),
            (HttpMethod.Post, "/api/requests/{id}/close", t.Request, new() { ["rating"] = "5", ["comment"] = Json("x") }, stale),
            (HttpMethod.Post, "/api/wishes", "", new() { ["wish"] = Json("x"), ["residentId"] = Json(t.Member) }, null),
            (HttpMethod.Post, "/api/deliberations", "", new() { ["title"] = Json("x"), ["compoundId"] = Json(t.Building), ["venue"] = Json("listening-garden"),
                ["scheduledAt"] = Json("2026-12-01T11:00:00Z"), ["requests"] = $"[{Json(t.Request)}]", ["participants"] = "[{\"party\":\"Branch\",\"name\":\"x\"}]", ["agenda"] = "[\"x\"]" }, null),
            (HttpMethod.Post, "/api/deliberations/{id}/votes", t.Deliberation, new() { ["proposal"] = "1", ["participant"] = "1", ["choice"] = Json("Yes") }, stale),

            // Accounts: an activity and a project in the future, a period not over, a correction with nothing closed, a stale project step.
            (HttpMethod.Post, "/api/activities", "", new() { ["kind"] = Json("volunteer-service"), ["title"] = Json("x"), ["placeId"] = Json(t.Compound),
                ["startsAt"] = Json("2099-01-01T10:00:00"), ["participants"] = "3", ["unitId"] = Json(t.Branch), ["members"] = $"[{{\"memberId\":{Json(t.Member)},\"hours\":2}}]" }, null),
            (HttpMethod.Post, "/api/projects", "", new() { ["title"] = Json("x"), ["unitId"] = Json(t.Branch), ["placeId"] = Json(t.Compound), ["plannedOn"] = Json("2099-01-01"),
                ["requests"] = $"[{Json(t.Request)}]" }, null),
            (HttpMethod.Post, "/api/reports/{id}/close", t.Place, new() { ["from"] = Json("2026-01-01"), ["to"] = Json("2099-12-31") }, null),
            (HttpMethod.Post, "/api/reports/corrections", "", new() { ["figure"] = Json("volunteer-services"), ["placeId"] = Json(t.Compound), ["delta"] = "1",
                ["attributedTo"] = Json("2019-06-01"), ["reason"] = Json("x") }, null),
            (HttpMethod.Post, "/api/projects/{id}/complete", t.Project, new() { ["day"] = Json("2026-01-01"), ["text"] = Json("x") }, stale),
        };

        foreach (var (method, template, target, valid, ifMatch) in writes)
        {
            var url = template.Replace("{id}", target, StringComparison.Ordinal);
            var validBody = Body(valid);

            // Each field in turn gets each hostile value; the rest stays valid.
            foreach (var field in valid.Keys)
            {
                foreach (var value in HostileValues)
                {
                    yield return new Probe(method, url, Body(new Dictionary<string, string>(valid) { [field] = value }), IfMatch: ifMatch ?? "*");
                }
            }

            foreach (var body in HostileBodies)
            {
                yield return new Probe(method, url, body, IfMatch: ifMatch ?? "*");
            }

            foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
            {
                yield return new Probe(method, url, validBody, type, ifMatch ?? "*");
            }

            if (template.Contains("{id}", StringComparison.Ordinal))
            {
                foreach (var id in HostileIds)
                {
                    yield return new Probe(method, template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal), validBody, IfMatch: "*");
                }
            }

            if (ifMatch is not null)
            {
                foreach (var tag in new[] { "", "W/", "\"-1\"", "\"abc\"", "\"" + new string('9', 40) + "\"", stale, Sql })
                {
                    yield return new Probe(method, url, validBody, IfMatch: tag.Length == 0 ? null : tag);
                }
            }
        }

        var reads = new[]
        {
            "/api/units/{id}", "/api/units/{id}/children", "/api/units/{id}/subtree", "/api/units/{id}/audit",
            "/api/places/{id}", "/api/places/{id}/children", "/api/places/{id}/subtree", "/api/places/{id}/compounds-without-branch", "/api/places/{id}/audit",
            "/api/members/{id}", "/api/residents/{id}", "/api/formation/compounds/{id}", "/api/formation/branches/{id}", "/api/formation/sweep/{id}",
            "/api/formation/sweep/{id}/summary", "/api/stewards/coverage/{id}/summary",
            "/api/members?unit={id}", "/api/residents?compound={id}", "/api/ledger/export?scope={id}",
            "/api/stewards/appointments/{id}", "/api/stewards/appointments?unit={id}", "/api/stewards/compounds/{id}/governance", "/api/stewards/compounds/{id}/team",
            "/api/stewards/coverage/{id}", "/api/cobuilding/partners/{id}", "/api/cobuilding/covenants/{id}", "/api/cobuilding/orders/{id}", "/api/cobuilding/offerings/{id}",
            "/api/cobuilding/orders?place={id}",
        };
        foreach (var template in reads)
        {
            var target = template switch
            {
                _ when template.StartsWith("/api/units", StringComparison.Ordinal) || template.StartsWith("/api/members?", StringComparison.Ordinal)
                    || template.StartsWith("/api/stewards/appointments?", StringComparison.Ordinal) => t.Unit,
                _ when template.StartsWith("/api/stewards/appointments/", StringComparison.Ordinal) => t.Appointment,
                _ when template.StartsWith("/api/cobuilding/partners/", StringComparison.Ordinal) => t.Partner,
                _ when template.StartsWith("/api/cobuilding/covenants/", StringComparison.Ordinal) => t.Covenant,
                _ when template.StartsWith("/api/cobuilding/orders/", StringComparison.Ordinal) => t.Order,
                _ when template.StartsWith("/api/cobuilding/offerings/", StringComparison.Ordinal) => t.Offering,
                _ when template.StartsWith("/api/members/", StringComparison.Ordinal) => t.Member,
                _ when template.StartsWith("/api/residents/", StringComparison.Ordinal) => t.Resident,
                _ when template.StartsWith("/api/formation/branches", StringComparison.Ordinal) => t.Branch,
                _ when template.Contains("compound", StringComparison.Ordinal) => t.Compound,
                _ => t.Place,
            };
            foreach (var id in HostileIds)
            {
                yield return new Probe(HttpMethod.Get, template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal), null);
            }

            foreach (var query in HostileQueries.Where(q => Applies(template, q)))
            {
                yield return new Probe(HttpMethod.Get, template.Replace("{id}", target, StringComparison.Ordinal) + (template.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query, null);
            }
        }

        // Ledger files: hostile contents, a wrong field name, a wrong content type, a hostile scope.
        foreach (var ledger in HostileLedgers)
        {
            yield return new Probe(HttpMethod.Post, $"/api/ledger/import?scope={t.Place}", ledger, "multipart/form-data") { File = "file" };
        }

        foreach (var ledger in HostileLedgers)
        {
            yield return new Probe(HttpMethod.Post, $"/api/activities/import?scope={t.Place}", ledger, "multipart/form-data") { File = "file" };
        }

        yield return new Probe(HttpMethod.Post, $"/api/activities/import?scope={t.Place}", "title,kind\n", "multipart/form-data") { File = "notthefile" };
        yield return new Probe(HttpMethod.Post, $"/api/activities/import?scope={t.Place}", "title,kind\n", "text/csv");
        yield return new Probe(HttpMethod.Post, $"/api/ledger/import?scope={t.Place}", "name,idNumber\n", "multipart/form-data") { File = "notthefile" };
        yield return new Probe(HttpMethod.Post, $"/api/ledger/import?scope={t.Place}", "name,idNumber\n", "text/csv");
        foreach (var id in HostileIds)
        {
            yield return new Probe(HttpMethod.Post, $"/api/ledger/import?scope={Uri.EscapeDataString(id)}", "姓名\n", "multipart/form-data") { File = "file" };
        }

        // Wrong methods on every route.
        foreach (var template in reads.Concat(["/api/units", "/api/places", "/api/schema"]))
        {
            var url = template.Replace("{id}", t.Unit, StringComparison.Ordinal);
            yield return new Probe(HttpMethod.Delete, url, null);
            yield return new Probe(HttpMethod.Patch, url, "{}");
        }
    }

    private static bool Applies(string template, string query) =>
        (template.StartsWith("/api/members?", StringComparison.Ordinal) && query.Split('=')[0] is "status" or "category" or "mobile" or "skip" or "take" or "name")
        || (template.StartsWith("/api/residents?", StringComparison.Ordinal) && query.Split('=')[0] is "skip" or "take")
        || (template.StartsWith("/api/stewards/appointments?", StringComparison.Ordinal) && query.Split('=')[0] is "heldOn" or "role" or "skip" or "take" or "place")
        || (template.StartsWith("/api/cobuilding/orders?", StringComparison.Ordinal) && query.Split('=')[0] is "skip" or "take")
        || (template.StartsWith("/api/ledger/export", StringComparison.Ordinal) && query.StartsWith("headers=", StringComparison.Ordinal)) ||
        (query.StartsWith("kind=", StringComparison.Ordinal) && template.EndsWith("/subtree", StringComparison.Ordinal) && template.StartsWith("/api/places", StringComparison.Ordinal))
        || (query.StartsWith("includeDissolved=", StringComparison.Ordinal) && template.StartsWith("/api/units", StringComparison.Ordinal) && (template.EndsWith("/children", StringComparison.Ordinal) || template.EndsWith("/subtree", StringComparison.Ordinal)))
        || ((query.StartsWith("take=", StringComparison.Ordinal) || query.StartsWith("before=", StringComparison.Ordinal)) && template.EndsWith("/audit", StringComparison.Ordinal));

    private static string Body(Dictionary<string, string> fields) => "{" + string.Join(",", fields.Select(f => $"{Json(f.Key)}:{f.Value}")) + "}";

    /// <summary>A hash of every row of every table, read straight from the SQLite file.</summary>
    private string Fingerprint()
    {
        using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            text.Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
