using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NeighborParty.SampleApi.Tests.Open311;

/// <summary>
/// Conformance with Open311 GeoReport v2, written from the specification (shared/docs/OPEN311.md and
/// wiki.open311.org/GeoReport_v2), not from the host's own classes: raw HTTP, form-encoded posts, field names and
/// types as the specification spells them, its filters, limits and error format.
/// </summary>
public sealed partial class Open311ConformanceTests : IClassFixture<SampleApiFactory>
{
    private const string Base = "/open311/v2";
    private const string DoorstepKey = "demo-open311-doorstep-yuxuan"; // bound to 豫轩里's 门口驿站 in appsettings.Development.json
    private const string PartnerKey = "demo-open311-fulian";

    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
        "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
    ];

    private readonly SampleApiFactory _factory;
    private readonly HttpClient _client;

    public Open311ConformanceTests(SampleApiFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient(); // anonymous: no bearer token anywhere in this class
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex W3DateTime();

    private async Task<(HttpStatusCode Status, JsonElement Body, string? ContentType)> Get(string path)
    {
        var response = await _client.GetAsync(Base + path);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(params (string Name, string Value)[] fields)
    {
        var response = await _client.PostAsync(Base + "/requests.json", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static void AssertError(JsonElement body, int code)
    {
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        var error = Assert.Single(body.EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Discovery_names_the_endpoint_its_specification_and_formats()
    {
        var (status, body, type) = await Get("/discovery.json");
        Assert.Equal((HttpStatusCode.OK, "application/json"), (status, type));
        foreach (var field in new[] { "changeset", "contact", "key_service", "endpoints" })
        {
            Assert.True(body.TryGetProperty(field, out _), field);
        }

        var endpoint = Assert.Single(body.GetProperty("endpoints").EnumerateArray());
        Assert.Contains("GeoReport_v2", endpoint.GetProperty("specification").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(Base, endpoint.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(endpoint.GetProperty("type").GetString(), new[] { "production", "test" });
        Assert.Equal(["application/json"], endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        Assert.Matches(W3DateTime(), body.GetProperty("changeset").GetString());
    }

    [Fact]
    public async Task Services_list_every_category_with_the_fields_of_the_specification()
    {
        var (status, body, _) = await Get("/services.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var services = body.EnumerateArray().ToList();
        Assert.Contains(services, s => s.GetProperty("service_code").GetString() == "water-leak");
        foreach (var s in services)
        {
            Assert.Equal(JsonValueKind.String, s.GetProperty("service_code").ValueKind);
            Assert.Equal(JsonValueKind.String, s.GetProperty("service_name").ValueKind);
            Assert.Equal(JsonValueKind.String, s.GetProperty("description").ValueKind);
            Assert.Contains(s.GetProperty("metadata").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Contains(s.GetProperty("type").GetString(), new[] { "realtime", "batch", "blackbox" });
            Assert.True(s.TryGetProperty("keywords", out _) && s.TryGetProperty("group", out _));
        }

        var (jurisdiction, error, _) = await Get("/services.json?jurisdiction_id=elsewhere.example");
        Assert.Equal(HttpStatusCode.NotFound, jurisdiction);
        AssertError(error, 404);
        Assert.Equal(HttpStatusCode.OK, (await Get("/services.json?jurisdiction_id=yanping.nanping.fj.cn")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get("/services.json?jurisdiction_id=")).Status); // sent empty counts as absent
    }

    [Fact]
    public async Task A_service_definition_lists_typed_attributes_only_where_metadata_is_true()
    {
        var (_, services, _) = await Get("/services.json");
        foreach (var service in services.EnumerateArray())
        {
            var code = service.GetProperty("service_code").GetString();
            var (status, body, _) = await Get($"/services/{code}.json");
            if (!service.GetProperty("metadata").GetBoolean())
            {
                Assert.Equal(HttpStatusCode.NotFound, status);
                AssertError(body, 404);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(code, body.GetProperty("service_code").GetString());
            var order = 0;
            foreach (var a in body.GetProperty("attributes").EnumerateArray())
            {
                Assert.Contains(a.GetProperty("variable").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
                Assert.False(string.IsNullOrEmpty(a.GetProperty("code").GetString()));
                var datatype = a.GetProperty("datatype").GetString();
                Assert.Contains(datatype, new[] { "string", "number", "datetime", "text", "singlevaluelist", "multivaluelist" });
                Assert.Contains(a.GetProperty("required").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
                Assert.True(a.TryGetProperty("datatype_description", out _) && a.TryGetProperty("description", out _));
                Assert.True(a.GetProperty("order").GetInt32() > order);
                order = a.GetProperty("order").GetInt32();
                var values = a.GetProperty("values").EnumerateArray().ToList();
                Assert.Equal(datatype is "singlevaluelist" or "multivaluelist", values.Count > 0);
                Assert.All(values, v => Assert.True(v.TryGetProperty("key", out _) && v.TryGetProperty("name", out _)));
            }
        }

        var (unknown, error, _) = await Get("/services/no-such-service.json");
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        AssertError(error, 404);
    }

    [Fact]
    public async Task Posting_needs_a_key_and_answers_an_id_and_a_token_that_resolve()
    {
        var (noKey, noKeyBody) = await Post(("service_code", "lighting"), ("address_string", "豫轩里"));
        Assert.Equal(HttpStatusCode.Forbidden, noKey);
        AssertError(noKeyBody, 403);
        var (badKey, badKeyBody) = await Post(("api_key", "not-a-key"), ("service_code", "lighting"), ("address_string", "豫轩里"));
        Assert.Equal(HttpStatusCode.Forbidden, badKey);
        AssertError(badKeyBody, 403);

        // lat/long alone, with a key bound to one compound; a required attribute as attribute[code].
        var (status, body) = await Post(("api_key", DoorstepKey), ("service_code", "water-leak"), ("lat", "26.6412"), ("long", "118.1733"), ("attribute[floor]", "4"),
            ("description", "4楼楼道水管漏水"), ("media_url", "https://example.org/leak.jpg"), ("email", "someone@example.org"), ("first_name", "张"));
        Assert.Equal(HttpStatusCode.OK, status);
        var created = Assert.Single(body.EnumerateArray());
        var id = created.GetProperty("service_request_id").GetString()!;
        var token = created.GetProperty("token").GetString()!;

        var (tokenStatus, tokenBody, _) = await Get($"/tokens/{token}.json");
        Assert.Equal(HttpStatusCode.OK, tokenStatus);
        var resolved = Assert.Single(tokenBody.EnumerateArray());
        Assert.Equal((id, token), (resolved.GetProperty("service_request_id").GetString(), resolved.GetProperty("token").GetString()));

        var (oneStatus, one, _) = await Get($"/requests/{id}.json");
        Assert.Equal(HttpStatusCode.OK, oneStatus);
        var request = Assert.Single(one.EnumerateArray());
        foreach (var field in RequestFields)
        {
            Assert.True(request.TryGetProperty(field, out _), field);
        }

        Assert.Equal(("open", "water-leak", "4楼楼道水管漏水", "https://example.org/leak.jpg"), (request.GetProperty("status").GetString(),
            request.GetProperty("service_code").GetString(), request.GetProperty("description").GetString(), request.GetProperty("media_url").GetString()));
        Assert.Equal(26.6412, request.GetProperty("lat").GetDouble());
        Assert.Equal(118.1733, request.GetProperty("long").GetDouble());
        Assert.Equal("豫轩里", request.GetProperty("address").GetString());
        Assert.Contains("待受理", request.GetProperty("status_notes").GetString(), StringComparison.Ordinal); // the Chinese status
        foreach (var field in new[] { "requested_datetime", "updated_datetime", "expected_datetime" })
        {
            Assert.Matches(W3DateTime(), request.GetProperty(field).GetString());
        }

        Assert.DoesNotContain("someone@example.org", one.GetRawText(), StringComparison.Ordinal); // contact data is not kept, never shown
    }

    [Fact]
    public async Task Locations_are_an_address_id_or_an_address_string_and_bad_input_is_400()
    {
        var (byName, byNameBody) = await Post(("api_key", PartnerKey), ("service_code", "lighting"), ("address_string", "豫轩里 3号楼"), ("description", "3号楼路灯不亮"));
        Assert.Equal(HttpStatusCode.OK, byName);
        var id = byNameBody[0].GetProperty("service_request_id").GetString();
        var request = (await Get($"/requests/{id}.json")).Body[0];
        Assert.Equal("豫轩里 3号楼", request.GetProperty("address").GetString());
        var (byId, _) = await Post(("api_key", PartnerKey), ("service_code", "lighting"), ("address_id", request.GetProperty("address_id").GetString()!));
        Assert.Equal(HttpStatusCode.OK, byId);

        foreach (var fields in new[]
        {
            new[] { ("api_key", PartnerKey), ("service_code", "lighting") }, // no location, and the key is not bound to a compound
            new[] { ("api_key", PartnerKey), ("address_string", "豫轩里") }, // no service_code
            new[] { ("api_key", PartnerKey), ("service_code", "no-such-service"), ("address_string", "豫轩里") },
            new[] { ("api_key", PartnerKey), ("service_code", "water-leak"), ("address_string", "豫轩里") }, // the required attribute is missing
            new[] { ("api_key", PartnerKey), ("service_code", "lighting"), ("address_string", "没有这个小区") },
            new[] { ("api_key", PartnerKey), ("service_code", "lighting"), ("address_id", Guid.NewGuid().ToString()) },
            new[] { ("api_key", DoorstepKey), ("service_code", "lighting"), ("lat", "26.6") }, // lat without long
            new[] { ("api_key", DoorstepKey), ("service_code", "lighting"), ("lat", "north"), ("long", "118") },
            new[] { ("api_key", DoorstepKey), ("service_code", "lighting"), ("description", "<script>alert(1)</script>") }, // no HTML
            new[] { ("api_key", DoorstepKey), ("service_code", "lighting"), ("description", new string('长', 4001)) }, // ≤ 4000 characters
        })
        {
            var (status, body) = await Post(fields);
            Assert.True(status == HttpStatusCode.BadRequest, $"{string.Join("&", fields.Select(f => f.Item1))}: {status} {body}");
            AssertError(body, 400);
        }

        var json = await _client.PostAsync(Base + "/requests.json", new StringContent("{\"service_code\":\"lighting\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode); // the specification posts forms
    }

    [Fact]
    public async Task Listing_filters_by_status_service_code_dates_and_ids_and_shows_only_public_requests()
    {
        var (status, all, _) = await Get("/requests.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var items = all.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, r => Assert.All(RequestFields, f => Assert.True(r.TryGetProperty(f, out _), f)));
        Assert.All(items, r => Assert.Contains(r.GetProperty("status").GetString(), new[] { "open", "closed" }));

        // The demo's 豫轩里 requests: a resolved (closed) and an in-progress (open) one are public; the private ones never appear.
        Assert.Contains(items, r => r.GetProperty("status").GetString() == "closed" && r.GetProperty("status_notes").GetString()!.StartsWith("已解决", StringComparison.Ordinal));
        Assert.Contains(items, r => r.GetProperty("status_notes").GetString() == "处理中");
        Assert.DoesNotContain(items, r => r.GetProperty("description").GetString()!.Contains("声控灯", StringComparison.Ordinal)); // 陈美华's own, not public

        var open = (await Get("/requests.json?status=open")).Body.EnumerateArray().ToList();
        var closed = (await Get("/requests.json?status=closed")).Body.EnumerateArray().ToList();
        Assert.All(open, r => Assert.Equal("open", r.GetProperty("status").GetString()));
        Assert.All(closed, r => Assert.Equal("closed", r.GetProperty("status").GetString()));
        Assert.Equal(items.Count, open.Count + closed.Count);
        Assert.Equal(items.Count, (await Get("/requests.json?status=open,closed")).Body.GetArrayLength());

        var lighting = (await Get("/requests.json?service_code=lighting,parking")).Body.EnumerateArray().ToList();
        Assert.NotEmpty(lighting);
        Assert.All(lighting, r => Assert.Contains(r.GetProperty("service_code").GetString(), new[] { "lighting", "parking" }));

        var ids = items.Take(2).Select(r => r.GetProperty("service_request_id").GetString()).ToList();
        var byId = (await Get($"/requests.json?service_request_id={string.Join(",", ids)}&status=closed&service_code=other")).Body; // the id list overrides the rest
        Assert.Equal(ids.Order(), byId.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()).Order());

        var now = _factory.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant();
        var offset = NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
        var utc = NodaTime.Text.InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");
        var past = now - NodaTime.Duration.FromDays(200);
        var inChina = past.InZone(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToOffsetDateTime();
        var window = (await Get($"/requests.json?start_date={Uri.EscapeDataString(offset.Format(inChina))}&end_date={Uri.EscapeDataString(utc.Format(past + NodaTime.Duration.FromDays(30)))}")).Body;
        Assert.Equal(0, window.GetArrayLength());
        var lastEightyDays = (await Get($"/requests.json?start_date={utc.Format(now - NodaTime.Duration.FromDays(80))}")).Body;
        Assert.Equal(items.Count, lastEightyDays.GetArrayLength()); // the demo's public requests were received over the last two months
        var recent = (await Get($"/requests.json?start_date={utc.Format(now - NodaTime.Duration.FromDays(20))}")).Body.GetArrayLength();
        Assert.InRange(recent, 1, items.Count - 1);
        var paged = (await Get("/requests.json?page_size=2&page=1")).Body;
        Assert.Equal(2, paged.GetArrayLength());
        Assert.Equal(items[2].GetProperty("service_request_id").GetString(), (await Get("/requests.json?page_size=2&page=2")).Body[0].GetProperty("service_request_id").GetString());
    }

    [Fact]
    public async Task Listing_errors_are_400_and_unknown_requests_are_404_in_the_error_format()
    {
        foreach (var query in new[]
        {
            "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", // more than 90 days apart
            "start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
            "start_date=2026-06-01", // no time and offset
            "start_date=yesterday",
            "status=pending",
            "service_code=no-such-service",
            "service_request_id=not-an-id",
            "page_size=0",
            "page_size=1001",
        })
        {
            var (status, body, _) = await Get("/requests.json?" + query);
            Assert.True(status == HttpStatusCode.BadRequest, $"{query}: {status}");
            AssertError(body, 400);
        }

        foreach (var path in new[] { $"/requests/{Guid.NewGuid()}.json", "/requests/not-an-id.json", $"/tokens/{Guid.NewGuid()}.json", "/no-such-resource.json" })
        {
            var (status, body, _) = await Get(path);
            Assert.True(status == HttpStatusCode.NotFound, $"{path}: {status}");
            AssertError(body, 404);
        }

        var (xml, xmlBody, _) = await Get("/services.xml");
        Assert.Equal(HttpStatusCode.BadRequest, xml); // JSON only, as discovery says
        AssertError(xmlBody, 400);
    }

    [Fact]
    public async Task A_private_request_is_invisible_to_open311_by_id_and_by_token()
    {
        var system = _factory.CreateSystemClient();
        var mine = (await system.GetFromJsonAsync<JsonElement>("/dev/actors")).EnumerateArray().First(a => a.GetProperty("name").GetString() == "resident");
        var resident = _factory.CreateClientFor(new NeighborParty.Security.Actor("t:r", NeighborParty.Security.ActorKind.Resident, mine.GetProperty("scopeId").GetGuid()));
        var own = (await resident.GetFromJsonAsync<JsonElement>("/api/requests")).EnumerateArray().First(r => !r.GetProperty("isPublic").GetBoolean());
        var id = own.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/requests/{id}.json")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/tokens/{id}.json")).Status);
        Assert.Equal(0, (await Get($"/requests.json?service_request_id={id}")).Body.GetArrayLength());
    }

    [Fact]
    public async Task Hostile_values_in_any_field_get_an_open311_error_never_a_5xx()
    {
        (string, string)[] valid = [("api_key", DoorstepKey), ("service_code", "facilities"), ("attribute[facility]", "lift"), ("description", "电梯故障"), ("lat", "26.6"), ("long", "118.1"),
            ("media_url", "https://example.org/a.jpg"), ("address_string", "豫轩里")];
        string[] hostile = ["", " ", "\u0000", new('名', 5000), "'; DROP TABLE \"ResidentRequests\"; --", "<b>x</b>", "1e309", "NaN", "-91", "javascript:alert(1)", "\uD800", "豫轩里 99号楼"];
        foreach (var i in Enumerable.Range(0, valid.Length))
        {
            foreach (var value in hostile)
            {
                var fields = valid.Select((f, j) => j == i ? (f.Item1, value) : f).ToArray();
                var (status, body) = await Post(fields);
                Assert.True((int)status < 500, $"{valid[i].Item1}={value[..Math.Min(20, value.Length)]}: {status}");
                if (status != HttpStatusCode.OK)
                {
                    Assert.Contains((int)status, new[] { 400, 403 });
                    AssertError(body, (int)status);
                }
            }
        }

        foreach (var query in new[] { "service_code=%00", "status=%FF", "start_date=9999999-01-01T00:00:00Z", "page=-1", "page_size=1e9", "service_request_id=,,,", "jurisdiction_id=%27--" })
        {
            var response = await _client.GetAsync($"{Base}/requests.json?{query}");
            Assert.True((int)response.StatusCode < 500, $"{query}: {response.StatusCode}");
        }
    }
}
