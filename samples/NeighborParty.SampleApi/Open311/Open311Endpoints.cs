using System.Text.Json;
using Microsoft.Extensions.Options;
using NeighborParty.Organization;
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
internal static partial class Open311Endpoints
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

                var found = await services.GetRequiredService<Application.RequestUseCases>().PublicAsync(search, (page - 1) * pageSize, pageSize, http.RequestAborted);
                return Show(found, library);
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
}
