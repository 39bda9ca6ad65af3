using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ardalis.Specification;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.SampleApi.Open311;

/// <content>The Open311 face's helpers: finding a request, locating a place, checking keys and jurisdiction, answering in GeoReport v2's format.</content>
internal static partial class Open311Endpoints
{
    private static async Task<object> OneAsync(string id, string? jurisdiction, Open311Options options, IServiceProvider services, CancellationToken ct, bool token)
    {
        CheckJurisdiction(jurisdiction, options);
        if (!Guid.TryParse(id, out var guid))
        {
            throw new Open311Error(404, $"No {(token ? "token" : "service request")} '{id}'.");
        }

        var found = await services.GetRequiredService<Application.RequestUseCases>().PublicAsync(new RequestSearch(Ids: [new RequestId(guid)]), 0, 1, ct);
        if (found.Count == 0)
        {
            throw new Open311Error(404, $"No {(token ? "token" : "service request")} '{id}'."); // a private request is not there for Open311
        }

        if (token)
        {
            return new[] { new Dictionary<string, object?> { ["service_request_id"] = found[0].Id.ToString(), ["token"] = found[0].Id.ToString() } };
        }

        return Show(found, services.GetRequiredService<NeighborPartyOptions>());
    }

    /// <summary>Public requests in GeoReport v2's shape (the library read them as projections, names included).</summary>
    private static List<Dictionary<string, object?>> Show(IReadOnlyList<PublicRequest> requests, NeighborPartyOptions library) =>
        [.. requests.Select(r =>
        {
            var address = r.BuildingName is { } building ? r.CompoundName + " " + building : r.CompoundName;
            var category = library.Requests.Categories.TryGetValue(r.Category, out var c) ? c : null;
            return new Dictionary<string, object?>
            {
                ["service_request_id"] = r.Id.ToString(), ["status"] = r.IsOpen ? "open" : "closed",
                ["status_notes"] = RequestStateNames.Chinese(r.State) + (r.Outcome is { } o ? "：" + o : r.DuplicateOf is { } d ? "：见 " + d : string.Empty),
                ["service_name"] = category?.NameZh ?? r.Category, ["service_code"] = r.Category, ["description"] = r.Description,
                ["agency_responsible"] = r.AssigneeName, ["service_notice"] = category is null ? null : $"时限{FormatLimitZh(category.TimeLimit)}",
                ["requested_datetime"] = Format(r.ReceivedAt, library), ["updated_datetime"] = Format(r.UpdatedAt, library), ["expected_datetime"] = Format(r.DueAt, library),
                ["address"] = address, ["address_id"] = (r.BuildingId ?? r.CompoundId).ToString(), ["zipcode"] = null, ["lat"] = r.Latitude, ["long"] = r.Longitude,
                ["media_url"] = r.MediaUrl,
            };
        })];

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
