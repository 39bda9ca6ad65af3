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
            if (probe.Body is not null)
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
                failures.Add($"{status} for {probe}: {await response.Content.ReadAsStringAsync()}");
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

    private sealed record Targets(string Unit, string Group, string Place, string Compound, string Building);

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
        return new Targets((string)street["id"]!, (string)group["id"]!, (string)district["id"]!, (string)compound["id"]!, (string)building["id"]!);
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
        };
        foreach (var template in reads)
        {
            var target = template.StartsWith("/api/units", StringComparison.Ordinal) ? t.Unit : t.Place;
            foreach (var id in HostileIds)
            {
                yield return new Probe(HttpMethod.Get, template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal), null);
            }

            foreach (var query in HostileQueries.Where(q => Applies(template, q)))
            {
                yield return new Probe(HttpMethod.Get, template.Replace("{id}", target, StringComparison.Ordinal) + "?" + query, null);
            }
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
