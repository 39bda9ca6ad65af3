using System.Text.Json;
using System.Text.RegularExpressions;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Says what is wrong with a request a client sent in the client's terms — the field and what it takes — and never
/// quotes a .NET type or member name from the framework's messages (security finding 9).
/// </summary>
internal static partial class BadInput
{
    /// <summary>Describes a body that System.Text.Json refused: a message and the fields at fault.</summary>
    public static (string Detail, Dictionary<string, string[]> Errors) FromJson(JsonException json)
    {
        var message = json.Message;
        var field = FieldOf(json.Path);
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = Quoted().Matches(missing.Groups["names"].Value).Select(m => m.Groups[1].Value).Distinct().ToList();
            return ("Required fields are missing: " + string.Join(", ", names) + ".",
                names.ToDictionary(n => Join(field, n), _ => new[] { "This field is required." }));
        }

        if (Unmapped().Match(message) is { Success: true } unknown)
        {
            var name = Join(field, unknown.Groups["name"].Value);
            return ($"Unknown field '{name}'.", new() { [name] = ["This endpoint does not take this field."] });
        }

        if (NullNotAllowed().Match(message) is { Success: true } isNull)
        {
            var name = string.IsNullOrEmpty(field) ? Camel(isNull.Groups["name"].Value) : field;
            return ($"The field '{name}' may not be null.", new() { [name] = ["This field may not be null."] });
        }

        if (Duplicate().Match(message) is { Success: true } twice)
        {
            var name = string.IsNullOrEmpty(field) ? Camel(twice.Groups["name"].Value) : field;
            return ($"The field '{name}' is given twice.", new() { [name] = ["This field is given more than once."] });
        }

        var conversion = NotConvertible().Match(message);
        if (conversion.Success || json.InnerException is not null && json.Path is not null)
        {
            var expected = conversion.Success ? Expected(conversion.Groups["type"].Value) : "a value of the documented kind";
            var name = string.IsNullOrEmpty(field) ? "(body)" : field;
            return ($"The field '{name}' has a value of the wrong kind: expected {expected}.", new() { [name] = [$"Expected {expected}."] });
        }

        if (json.LineNumber is { } line && json.BytePositionInLine is { } position)
        {
            return ($"The request body is not valid JSON (line {line + 1}, byte {position + 1}).", []);
        }

        return ("The request body is not valid JSON for this endpoint.", []);
    }

    /// <summary>Describes a route, query or header value the framework could not bind, naming the parameter only.</summary>
    public static (string Detail, Dictionary<string, string[]> Errors) FromBinding(BadHttpRequestException bad)
    {
        if (Parameter().Match(bad.Message) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            var expected = Expected(parameter.Groups["type"].Value);
            if (bad.Message.StartsWith("Required parameter", StringComparison.Ordinal))
            {
                return ($"The parameter '{name}' is required.", new() { [name] = ["This parameter is required."] });
            }

            if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
            {
                return ("The request needs a JSON body.", new() { [name] = ["A JSON body is required."] });
            }

            return ($"The parameter '{name}' is not valid: expected {expected}.", new() { [name] = [$"Expected {expected}."] });
        }

        return (bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than this endpoint accepts.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
            _ => "The request is malformed.",
        }, []);
    }

    /// <summary>What a client may send for a .NET type, in words (enums list their values).</summary>
    internal static string Expected(string typeName)
    {
        var name = typeName.Trim().TrimEnd('?');
        var nullable = NullableOf().Match(name);
        if (nullable.Success)
        {
            name = nullable.Groups["inner"].Value;
        }

        var simple = name[(name.LastIndexOf('.') + 1)..];
        return simple switch
        {
            "Guid" or "PlaceId" or "UnitId" => "a UUID",
            "Int16" or "Int32" or "Int64" or "int" or "long" or "short" or "Byte" => "a whole number",
            "Decimal" or "Double" or "Single" or "decimal" or "double" or "float" => "a number",
            "Boolean" or "bool" => "true or false",
            "String" or "string" or "Char" => "text",
            "LocalDate" => "a date (yyyy-MM-dd)",
            "Instant" or "DateTimeOffset" => "a date-time with an offset (ISO 8601)",
            "YearMonth" => "a month (yyyy-MM)",
            "Duration" or "Period" => "a duration",
            _ when simple.EndsWith("[]", StringComparison.Ordinal) || name.Contains("List", StringComparison.Ordinal) => "a list",
            _ => EnumValues(name) is { } values ? "one of " + values : simple.EndsWith("Id", StringComparison.Ordinal) ? "a UUID" : "a value of the documented kind",
        };
    }

    private static string? EnumValues(string fullName)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.GetType(fullName, throwOnError: false) is { IsEnum: true } type)
            {
                return string.Join(", ", Enum.GetNames(type));
            }
        }

        return null;
    }

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Replace("['", ".", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal).TrimStart('.');
    }

    private static string Camel(string name) => name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Join(string parent, string name) => string.IsNullOrEmpty(parent) || parent.EndsWith(name, StringComparison.Ordinal) ? name : parent + "." + name;

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?(\s*Path:|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"(property or field|constructor parameter) '(?<name>[^']+)' on type .* (doesn't|does not) allow")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"[Dd]uplicate (property|JSON property) '(?<name>[^']+)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\], ]+?)\. Path")]
    private static partial Regex NotConvertible();

    [GeneratedRegex(@"parameter ""(?<type>[^""]+?) (?<name>[^"" ]+)""")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^(System\.)?Nullable`1\[(?<inner>.+)\]$|^(?<inner>.+)\?$")]
    private static partial Regex NullableOf();
}
