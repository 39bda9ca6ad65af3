using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Makes the OpenAPI document fit for client generation (issue 16): an operationId and a description on every
/// operation, a description on every parameter, a success response on creates, <c>If-Match</c> declared on changes,
/// anonymous operations without the bearer requirement, and no array without items. Spectral's default ruleset
/// runs over the document in CI.
/// </summary>
internal static class OpenApiConventions
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["skip"] = "How many items to skip (paging; 0 or more).",
        ["take"] = "How many items to return (paging; 1 to the endpoint's maximum).",
        ["from"] = "The first day, inclusive (yyyy-MM-dd).",
        ["to"] = "The last day, inclusive (yyyy-MM-dd).",
        ["place"] = "A place id (district, street, community or compound): the scope of the list.",
        ["unit"] = "An organisation-unit id: the unit whose list this is.",
        ["compound"] = "A compound's place id.",
        ["partner"] = "A co-building partner's id.",
        ["status"] = "Only items in this status.",
        ["state"] = "Only items in this state.",
        ["category"] = "Only items of this category (see the catalogue).",
        ["kind"] = "Only items of this kind.",
        ["name"] = "Only items whose name contains this text.",
        ["overdue"] = "Only items past their due time.",
        ["unclaimed"] = "Only items nobody has claimed yet.",
        ["mobile"] = "Only mobile (流动) members, or only the others.",
        ["includeDissolved"] = "Include dissolved units.",
        ["behindOnly"] = "Only the units behind their cadence.",
        ["before"] = "Only entries before this instant (ISO 8601), for paging back through the trail.",
        ["headers"] = "Header language of the file: zh (default) or en.",
        ["scope"] = "The place id whose ledger this is.",
        ["format"] = "The response format; json is offered.",
        ["jurisdiction_id"] = "The jurisdiction this endpoint serves (optional; see discovery).",
        ["service_code"] = "A service code from services.json.",
        ["number"] = "The action's number within the deliberation.",
        ["token"] = "The token returned when the request was posted.",
    };

    public static OpenApiOptions AddNeighborPartyConventions(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            var api = context.Description;
            var method = api.HttpMethod ?? "GET";
            var route = "/" + (api.RelativePath ?? string.Empty).TrimStart('/');
            operation.OperationId ??= OperationId(method, route);
            operation.Description ??= operation.Summary ?? $"{method} {route}";
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.In == ParameterLocation.Path && parameter.Name == "id" && IdName(route) is { } named)
                {
                    parameter.Name = named; // named for what it takes: a placeId is not a unitId (the URL is the same)
                }

                parameter.Description ??= Describe(parameter, route);
            }

            operation.Responses ??= [];
            if (!operation.Responses.Keys.Any(k => k.StartsWith('2')))
            {
                operation.Responses[method == "POST" && !route.EndsWith("/close", StringComparison.Ordinal) && !route.EndsWith("/csv", StringComparison.Ordinal) ? "201" : "200"] =
                    new OpenApiResponse { Description = method == "POST" ? "Done: the created or changed resource, with its ETag (and Location when created)." : "The resource." };
            }

            var metadata = api.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security = []; // no bearer token needed
            }
            else if (method is "PUT" or "POST" or "DELETE" or "PATCH" && route.Contains('{', StringComparison.Ordinal) && !route.StartsWith("/dev", StringComparison.Ordinal))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "The ETag of the version you read (from GET). A change of an existing resource without it is refused "
                        + "(428 Precondition Required); with a stale one, 412 Precondition Failed. `*` overwrites (the system actor only).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            var paths = new OpenApiPaths();
            foreach (var (key, item) in document.Paths)
            {
                paths[IdName(key) is { } named ? key.Replace("{id}", "{" + named + "}", StringComparison.Ordinal) : key] = item;
            }

            document.Paths = paths;
            document.Info.Contact = new OpenApiContact { Name = "NeighborParty contributors", Url = new Uri("https://github.com/neighborparty/neighborparty") };
            document.Info.License = new OpenApiLicense { Name = "MIT" };
            document.Servers = [new OpenApiServer { Url = "http://localhost:5080", Description = "The sample on a developer's machine (dotnet run)." }];
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array) && schema.Items is null)
            {
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }; // NodaTime dates, rewritten as strings above
            }

            return Task.CompletedTask;
        });
        return options;
    }

    private static string Describe(OpenApiParameter parameter, string route)
    {
        if (Known.TryGetValue(parameter.Name ?? string.Empty, out var known))
        {
            return known;
        }

        if (parameter.In == ParameterLocation.Path)
        {
            var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var at = Array.FindIndex(segments, s => s.StartsWith("{" + parameter.Name, StringComparison.Ordinal) || (s.StartsWith("{id", StringComparison.Ordinal) && parameter.Name == IdName(route)));
            var owner = at > 0 ? segments[at - 1] : "resource";
            return parameter.Name switch
            {
                "placeId" => "A place's id (district, street, community or compound), not an organisation unit's. Example: the id of 大沟社区 from GET /api/places/{placeId}/children.",
                "unitId" => "An organisation unit's id, not a place's. Example: the id of a 小区党支部 from GET /api/units/{unitId}/children.",
                "compoundId" => "A compound's place id (not its branch's unit id).",
                _ => $"The id of the {Singular(owner)} (from its list or its Location header).",
            };
        }

        return $"Filter: {parameter.Name}.";
    }

    /// <summary>The name of a route's <c>{id}</c> from the segment before it (places → placeId), or null to leave it.</summary>
    private static string? IdName(string route)
    {
        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(segments, s => s == "{id}" || s.StartsWith("{id:", StringComparison.Ordinal));
        if (at <= 0 || route.Contains("{format}", StringComparison.Ordinal))
        {
            return null; // Open311's request ids keep the standard's shape
        }

        var owner = segments[at - 1];
        var singular = owner.EndsWith("ies", StringComparison.Ordinal) ? owner[..^3] + "y" : owner.EndsWith('s') ? owner[..^1] : owner;
        var words = singular.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Id";
    }

    private static string Singular(string segment) => segment switch
    {
        "places" => "place",
        "units" => "organisation unit",
        "members" => "party member",
        "residents" => "resident",
        "activities" => "activity",
        "deliberations" => "deliberation",
        "compounds" => "compound (a place id)",
        "branches" => "compound-level branch (a unit id)",
        "sweep" => "place",
        _ => segment.EndsWith('s') ? segment[..^1] : segment,
    };

    private static string OperationId(string method, string route)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not ("api" or "v2")))
        {
            var name = segment.Trim('{', '}').Split(':')[0];
            var word = segment.StartsWith('{') ? "By-" + name : segment;
            foreach (var part in word.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                id.Append(char.ToUpper(part[0], CultureInfo.InvariantCulture)).Append(part.AsSpan(1));
            }
        }

        return id.ToString().Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
    }
}
