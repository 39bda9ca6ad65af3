using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ardalis.Specification;
using Microsoft.Extensions.Options;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.SampleApi.Infrastructure.RateLimiting;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.SampleApi.Open311;

/// <summary>
/// The Open311 GeoReport v2 face (docs/open311.md): services are request categories, service requests are residents'
/// requests. Reads are anonymous and show only public requests; a POST needs an API key bound to a channel. JSON only
/// (the discovery document says so). Errors are Open311's array of <c>{code, description}</c> with 400, 403 or 404.
/// </summary>
internal static class Open311Endpoints
{
    public const string Prefix = "/open311/v2";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly OffsetDateTimePattern W3 = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private static readonly OffsetDateTimePattern Incoming = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");

    private static readonly Duration MaxSpan = Duration.FromDays(90);

    public static IEndpointRouteBuilder MapOpen311Endpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Open311 GeoReport v2").AllowAnonymous();

        group.MapGet("/discovery.{format}", (string format, HttpContext http, IOptions<Open311Options> options) => Answer(format, () =>
            {
                var o = options.Value;
                var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Prefix}";
                return Task.FromResult<object>(new Dictionary<string, object?>
                {
                    ["changeset"] = o.Changeset, ["contact"] = o.Contact, ["key_service"] = o.KeyService,
                    ["endpoints"] = new[]
                    {
                        new Dictionary<string, object?>
                        {
                            ["specification"] = "http://wiki.open311.org/GeoReport_v2", ["url"] = baseUrl, ["changeset"] = o.Changeset, ["type"] = "production",
                            ["formats"] = new[] { "application/json" },
                        },
                    },
                });
            }))
            .WithSummary("Open311 service discovery: where the GeoReport v2 endpoint is and which formats it speaks (JSON).").RequireRateLimiting(RateLimitPolicies.Open311Read);

        group.MapGet("/services.{format}", (string format, string? jurisdiction_id, IOptions<Open311Options> options, NeighborPartyOptions library) => Answer(format, () =>
            {
                CheckJurisdiction(jurisdiction_id, options.Value);
                return Task.FromResult<object>(library.Requests.Categories.Values.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new Dictionary<string, object?>
                {
                    ["service_code"] = c.Key, ["service_name"] = c.NameZh,
                    ["description"] = $"{c.Name}; resolved within {FormatLimit(c.TimeLimit)} / 时限{FormatLimitZh(c.TimeLimit)}",
                    ["metadata"] = c.Attributes is { Count: > 0 }, ["type"] = "realtime", ["keywords"] = c.Name.ToLowerInvariant(), ["group"] = "小区治理",
                }).ToList());
            }))
            .WithSummary("Open311: the services (our request categories).").RequireRateLimiting(RateLimitPolicies.Open311Read);

        group.MapGet("/services/{service_code}.{format}", (string service_code, string format, string? jurisdiction_id, IOptions<Open311Options> options,
                NeighborPartyOptions library) => Answer(format, () =>
            {
                CheckJurisdiction(jurisdiction_id, options.Value);
                if (!library.Requests.Categories.TryGetValue(service_code, out var category) || category.Attributes is not { Count: > 0 } attributes)
                {
                    throw new Open311Error(404, $"No service definition for '{service_code}' (unknown, or a service without metadata).");
                }

                return Task.FromResult<object>(new Dictionary<string, object?>
                {
                    ["service_code"] = category.Key,
                    ["attributes"] = attributes.Select((a, i) => new Dictionary<string, object?>
                    {
                        ["variable"] = true, ["code"] = a.Code, ["datatype"] = Datatype(a.Type), ["required"] = a.Required, ["datatype_description"] = DatatypeDescription(a.Type),
                        ["order"] = i + 1, ["description"] = a.Description,
                        ["values"] = (a.Values ?? new Dictionary<string, string>()).Select(v => new Dictionary<string, object?> { ["key"] = v.Key, ["name"] = v.Value }).ToList(),
                    }).ToList(),
                });
            }))
            .WithSummary("Open311: a service definition (the attributes a category asks for).").RequireRateLimiting(RateLimitPolicies.Open311Read);

        group.MapPost("/requests.{format}", (string format, HttpContext http, IOptions<Open311Options> options, IServiceProvider services) => Answer(format, async () =>
            {
                if (!http.Request.HasFormContentType)
                {
                    throw new Open311Error(400, "Send the request as application/x-www-form-urlencoded (or multipart/form-data).");
                }

                var form = await http.Request.ReadFormAsync(http.RequestAborted);
                string? Field(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null; // empty counts as absent
                CheckJurisdiction(Field("jurisdiction_id"), options.Value);
                var key = FindKey(Field("api_key"), options.Value) ?? throw new Open311Error(403, "A valid api_key is required to post a request.");
                if (!services.GetRequiredService<Open311KeyLimiter>().TryAcquire(key.Label, http.Response, out var wait))
                {
                    throw new Open311Error(429, $"Too many requests with this api_key; try again in {wait} s. 请求过于频繁，请 {wait} 秒后再试。");
                }
                var code = Field("service_code") ?? throw new Open311Error(400, "service_code is required.");
                var library = services.GetRequiredService<NeighborPartyOptions>();
                if (!library.Requests.Categories.ContainsKey(code))
                {
                    throw new Open311Error(400, $"Unknown service_code '{code}'.");
                }

                var places = services.GetRequiredService<IReadRepository<Place>>();
                var lat = Number(Field("lat"), "lat");
                var lon = Number(Field("long"), "long");
                if ((lat is null) != (lon is null))
                {
                    throw new Open311Error(400, "Send both lat and long, or neither.");
                }

                // GeoReport v2: a request names its location (address_id, address_string or lat/long). A key bound to one
                // compound places lat/long in that compound, but is never itself a location (security finding 13).
                var (compound, building) = await LocateAsync(places, Field("address_id"), Field("address_string"), lat is not null ? key : null, http.RequestAborted);

                if (compound is null)
                {
                    throw new Open311Error(400, "A location is required: address_id (a compound or building id), address_string (a compound's name, optionally a building), "
                        + "or lat/long with a key bound to one compound.");
                }

                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, value) in form)
                {
                    if (name.StartsWith("attribute[", StringComparison.Ordinal) && name.EndsWith(']') && !string.IsNullOrWhiteSpace(value.ToString()))
                    {
                        attributes[name["attribute[".Length..^1]] = value.ToString();
                    }
                }

                var media = Field("media_url") is { } url ? new[] { url } : null;

                // The key's label is stamped as the actor of the request and of its audit entry; contact fields are not stored.
                http.Items[HttpActorAccessor.ItemKey] = new Actor("open311:" + key.Label, ActorKind.System, Guid.Empty);
                var desk = services.GetRequiredService<RequestDesk>();
                var request = await desk.SubmitAsync(new NewRequest(code, key.Channel, compound.Id, Field("description") ?? library.Requests.Categories[code].NameZh, null,
                    building?.Id, lat, lon, IsPublic: true, Media: media, Attributes: attributes), http.RequestAborted);
                var token = request.Id.ToString();
                return new[]
                {
                    new Dictionary<string, object?>
                    {
                        ["service_request_id"] = token, ["token"] = token,
                        ["service_notice"] = $"已受理登记，按“{library.Requests.Categories[code].NameZh}”时限应于 {Format(request.DueAt, library)} 前解决。",
                        ["account_id"] = null,
                    },
                };
            }))
            .WithSummary("Open311: posts a service request (form-encoded, with an api_key bound to a channel).");

        group.MapGet("/requests.{format}", (string format, HttpContext http, IOptions<Open311Options> options, IServiceProvider services) => Answer(format, async () =>
            {
                var query = http.Request.Query;
                string? Param(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
                CheckJurisdiction(Param("jurisdiction_id"), options.Value);
                var library = services.GetRequiredService<NeighborPartyOptions>();
                var now = services.GetRequiredService<IClock>().GetCurrentInstant();
                var pageSize = (int?)Number(Param("page_size"), "page_size") ?? 1000;
                var page = (int?)Number(Param("page"), "page") ?? 1;
                if (pageSize is < 1 or > 1000 || page is < 1 or > 100_000)
                {
                    throw new Open311Error(400, "page_size is 1 to 1000 and page is 1 or more.");
                }

                RequestSearch search;
                if (Param("service_request_id") is { } ids)
                {
                    // The id list overrides every other filter.
                    var list = new List<RequestId>();
                    foreach (var part in ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        list.Add(Guid.TryParse(part, out var g) ? new RequestId(g) : throw new Open311Error(400, $"'{part}' is not a service_request_id."));
                    }

                    search = new RequestSearch(Ids: list.Count <= 1000 ? list : throw new Open311Error(400, "At most 1000 ids."), PublicOnly: true);
                }
                else
                {
                    var start = Date(Param("start_date"), "start_date");
                    var end = Date(Param("end_date"), "end_date");
                    (start, end) = (start, end) switch
                    {
                        (null, null) => (now - MaxSpan, now),
                        ({ } s, null) => (s, s + MaxSpan),
                        (null, { } e) => (e - MaxSpan, e),
                        var both => both,
                    };
                    if (end < start || end!.Value - start!.Value > MaxSpan)
                    {
                        throw new Open311Error(400, "start_date must not be after end_date, and they may be at most 90 days apart.");
                    }

                    var codes = Param("service_code")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (codes?.FirstOrDefault(c => !library.Requests.Categories.ContainsKey(c)) is { } unknown)
                    {
                        throw new Open311Error(400, $"Unknown service_code '{unknown}'.");
                    }

                    var statuses = Param("status")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).Distinct().ToList();
                    if (statuses?.FirstOrDefault(s => s is not ("open" or "closed")) is { } bad)
                    {
                        throw new Open311Error(400, $"status is open or closed, not '{bad}'.");
                    }

                    var status = statuses is not { Count: 1 } ? RequestStatusFilter.Any : statuses[0] == "open" ? RequestStatusFilter.Open : RequestStatusFilter.Closed;
                    search = new RequestSearch(Categories: codes, ReceivedFrom: start, ReceivedBefore: end.Value + Duration.FromTicks(1), Status: status, PublicOnly: true);
                }

                var repository = services.GetRequiredService<IReadRepository<ResidentRequest>>();
                var found = await repository.ListAsync(new RequestSearchSpec(search, (page - 1) * pageSize, pageSize), http.RequestAborted);
                return await ShowAsync(found, services, library, http.RequestAborted);
            }))
            .WithSummary("Open311: public service requests, filtered by id list, service_code, start_date/end_date (≤ 90 days) and status; page/page_size.").RequireRateLimiting(RateLimitPolicies.Open311Read);

        group.MapGet("/requests/{id}.{format}", (string id, string format, string? jurisdiction_id, IOptions<Open311Options> options, IServiceProvider services, CancellationToken ct) =>
                Answer(format, async () => await OneAsync(id, jurisdiction_id, options.Value, services, ct, false)))
            .WithSummary("Open311: one public service request, in an array of one.").RequireRateLimiting(RateLimitPolicies.Open311Read);

        group.MapGet("/tokens/{token}.{format}", (string token, string format, string? jurisdiction_id, IOptions<Open311Options> options, IServiceProvider services,
                CancellationToken ct) => Answer(format, async () => await OneAsync(token, jurisdiction_id, options.Value, services, ct, true)))
            .WithSummary("Open311: the service request a token stands for (our requests are created at once, so the token is the request id).").RequireRateLimiting(RateLimitPolicies.Open311Read);

        group.MapMethods("/{**rest}", ["GET", "POST", "PUT", "DELETE", "PATCH"], (string? rest) =>
                Results.Json(new[] { Error(404, $"No Open311 resource '{rest}'. See {Prefix}/discovery.json.") }, Json, statusCode: 404))
            .WithSummary("Open311: anything else is an unknown resource (404 in Open311's error format).")
            .ExcludeFromDescription(); // a catch-all is no operation a client can call
        return app;
    }

    private static async Task<object> OneAsync(string id, string? jurisdiction, Open311Options options, IServiceProvider services, CancellationToken ct, bool token)
    {
        CheckJurisdiction(jurisdiction, options);
        if (!Guid.TryParse(id, out var guid))
        {
            throw new Open311Error(404, $"No {(token ? "token" : "service request")} '{id}'.");
        }

        var request = await services.GetRequiredService<IReadRepository<ResidentRequest>>().GetByIdAsync(new RequestId(guid), ct);
        if (request is not { IsPublic: true })
        {
            throw new Open311Error(404, $"No {(token ? "token" : "service request")} '{id}'."); // a private request is not there for Open311
        }

        if (token)
        {
            return new[] { new Dictionary<string, object?> { ["service_request_id"] = request.Id.ToString(), ["token"] = request.Id.ToString() } };
        }

        return await ShowAsync([request], services, services.GetRequiredService<NeighborPartyOptions>(), ct);
    }

    private static async Task<object> ShowAsync(IReadOnlyList<ResidentRequest> requests, IServiceProvider services, NeighborPartyOptions library, CancellationToken ct)
    {
        var placeIds = requests.Select(r => r.CompoundId).Concat(requests.Where(r => r.BuildingId is not null).Select(r => r.BuildingId!.Value)).Distinct().ToList();
        var places = placeIds.Count == 0 ? [] : (await services.GetRequiredService<IReadRepository<Place>>().ListAsync(new PlacesByIdSpec(placeIds), ct)).ToDictionary(p => p.Id);
        return requests.Select(r =>
        {
            var address = places.TryGetValue(r.CompoundId, out var compound) ? compound.Name : null;
            if (r.BuildingId is { } b && places.TryGetValue(b, out var building))
            {
                address += " " + building.Name;
            }

            var category = library.Requests.Categories.TryGetValue(r.Category, out var c) ? c : null;
            return new Dictionary<string, object?>
            {
                ["service_request_id"] = r.Id.ToString(), ["status"] = r.IsOpen ? "open" : "closed",
                ["status_notes"] = RequestStateNames.Chinese(r.State) + (r.Outcome is { } o ? "：" + o : r.DuplicateOf is { } d ? "：见 " + d : string.Empty),
                ["service_name"] = category?.NameZh ?? r.Category, ["service_code"] = r.Category, ["description"] = r.Description,
                ["agency_responsible"] = r.AssigneeName, ["service_notice"] = category is null ? null : $"时限{FormatLimitZh(category.TimeLimit)}",
                ["requested_datetime"] = Format(r.ReceivedAt, library), ["updated_datetime"] = Format(r.UpdatedAt, library), ["expected_datetime"] = Format(r.DueAt, library),
                ["address"] = address, ["address_id"] = (r.BuildingId ?? r.CompoundId).ToString(), ["zipcode"] = null, ["lat"] = r.Latitude, ["long"] = r.Longitude,
                ["media_url"] = r.Media.Count > 0 ? r.Media[0].Url : null,
            };
        }).ToList();
    }

    private static async Task<(Place? Compound, Place? Building)> LocateAsync(IReadRepository<Place> places, string? addressId, string? addressString, Open311Key? keyForCoordinates,
        CancellationToken ct)
    {
        if (addressId is not null)
        {
            var place = Guid.TryParse(addressId, out var g) ? await places.GetByIdAsync(new PlaceId(g), ct) : null;
            return place switch
            {
                { Kind: PlaceKind.Compound } => (place, null),
                { Kind: PlaceKind.Building, ParentId: { } parent } => (await places.GetByIdAsync(parent, ct), place),
                _ => throw new Open311Error(400, $"address_id '{addressId}' is not a compound or building."),
            };
        }

        if (addressString is not null)
        {
            var parts = addressString.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var matches = await places.ListAsync(new CompoundByNameSpec(parts[0]), ct);
            if (matches.Count != 1)
            {
                throw new Open311Error(400, matches.Count == 0 ? $"No compound named '{parts[0]}'." : $"Several compounds are named '{parts[0]}'; send address_id.");
            }

            if (parts.Length == 1)
            {
                return (matches[0], null);
            }

            var building = (await places.ListAsync(new ChildPlacesSpec(matches[0].Id), ct)).Find(b => b.Name == parts[1]);
            return building is null ? throw new Open311Error(400, $"{parts[0]} has no building '{parts[1]}'.") : (matches[0], building);
        }

        if (keyForCoordinates?.Compound is { } name)
        {
            var matches = await places.ListAsync(new CompoundByNameSpec(name), ct);
            return matches.Count == 1 ? (matches[0], null) : throw new Open311Error(400, $"The key's compound '{name}' is not known here.");
        }

        return (null, null);
    }

    private static Open311Key? FindKey(string? given, Open311Options options)
    {
        if (given is null || given.Length > 200)
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        foreach (var key in options.Keys)
        {
            if (key.Sha256.Length == 64 && CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(key.Sha256)))
            {
                return key;
            }
        }

        return null;
    }

    private static void CheckJurisdiction(string? jurisdiction, Open311Options options)
    {
        if (!string.IsNullOrWhiteSpace(jurisdiction) && !string.Equals(jurisdiction, options.JurisdictionId, StringComparison.OrdinalIgnoreCase))
        {
            throw new Open311Error(404, $"This endpoint serves jurisdiction_id '{options.JurisdictionId}', not '{jurisdiction}'.");
        }
    }

    private static async Task<IResult> Answer(string format, Func<Task<object>> body)
    {
        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new[] { Error(400, $"Format '{format}' is not offered; this endpoint speaks JSON (see discovery.json).") }, Json, statusCode: 400);
        }

        try
        {
            return Results.Json(await body(), Json, "application/json; charset=utf-8");
        }
        catch (Open311Error e)
        {
            return Results.Json(new[] { Error(e.Status, e.Message) }, Json, statusCode: e.Status);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Results.Json(new[] { Error(400, "The form could not be read: " + e.Message) }, Json, statusCode: 400); // e.g. NUL characters, a form too large
        }
        catch (RuleViolationException e)
        {
            var v = e.Violation;
            var status = v.Kind == RuleViolationKind.NotFound && v.Code == RequestDesk.NotFound ? 404 : 400;
            return Results.Json(new[] { Error(status, $"{v.Code} {v.Target}: {v.Message} {v.MessageZh}") }, Json, statusCode: status);
        }
    }

    private static Dictionary<string, object?> Error(int code, string description) => new() { ["code"] = code, ["description"] = description };

    private static double? Number(string? text, string name) =>
        text is null ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw new Open311Error(400, $"{name} is not a number: '{text}'.");

    private static Instant? Date(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        var result = Incoming.Parse(text.Replace(' ', '+')); // a '+' sent unencoded in a query string arrives as a space
        return result.Success ? result.Value.ToInstant() : throw new Open311Error(400, $"{name} is not an ISO 8601 date-time with an offset: '{text}'.");
    }

    private static string Format(Instant instant, NeighborPartyOptions library) => W3.Format(instant.InZone(library.TimeZone).ToOffsetDateTime());

    private static string FormatLimit(Duration limit) => limit.TotalDays >= 1 ? $"{limit.TotalDays:0.#} days" : $"{limit.TotalHours:0.#} hours";

    private static string FormatLimitZh(Duration limit) => limit.TotalDays >= 1 ? $"{limit.TotalDays:0.#}天" : $"{limit.TotalHours:0.#}小时";

    private static string Datatype(AttributeType type) => type switch
    {
        AttributeType.Number => "number",
        AttributeType.DateTime => "datetime",
        AttributeType.Text => "text",
        AttributeType.SingleValueList => "singlevaluelist",
        AttributeType.MultiValueList => "multivaluelist",
        _ => "string",
    };

    private static string DatatypeDescription(AttributeType type) => type switch
    {
        AttributeType.Number => "A number, e.g. 3",
        AttributeType.DateTime => "ISO 8601 with an offset, e.g. 2026-11-27T09:30:00+08:00",
        AttributeType.MultiValueList => "Keys separated by commas",
        AttributeType.SingleValueList => "One key",
        _ => "Text",
    };

    private sealed class CompoundByNameSpec : Specification<Place>
    {
        public CompoundByNameSpec(string name) => Query.Where(p => p.Kind == PlaceKind.Compound && p.Name == name).Take(2);
    }

    private sealed class Open311Error(int status, string message) : Exception(message)
    {
        public int Status { get; } = status;
    }
}
