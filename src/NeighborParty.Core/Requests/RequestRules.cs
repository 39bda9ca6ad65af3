using System.Globalization;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime.Text;

namespace NeighborParty.Requests;

/// <summary>The codes and checks that requests, wishes and deliberations share (the services expose the codes as constants).</summary>
internal static class RequestRules
{
    public const string Catalogue = "NP-REQ-001";
    public const string NotFound = "NP-REQ-002";
    public const string Step = "NP-REQ-003";
    public const string WrongReference = "NP-REQ-004";

    public const string DeliberationNotFound = "NP-DLB-001";
    public const string DeliberationStep = "NP-DLB-002";
    public const string VoteRefused = "NP-DLB-003";
    public const string NotPassed = "NP-DLB-004";
    public const string WrongSetup = "NP-DLB-005";
    public const string ActionsOpen = "NP-DLB-006";

    public static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));

    public static void Require<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (FieldRules.Defined<TEnum>(value, field) is { } violation)
        {
            throw new RuleViolationException(violation);
        }
    }

    /// <summary>Refuses a place that is not a compound (<paramref name="code"/>).</summary>
    public static void RequireCompound(Place compound, string code, string field, HierarchySchema? schema)
    {
        ArgumentNullException.ThrowIfNull(compound);
        if (compound.Kind != PlaceKind.Compound)
        {
            throw NotACompound(code, compound.Id, field, schema, RuleViolationKind.Refused);
        }
    }

    /// <summary>"X is not a compound", in the schema's words.</summary>
    public static RuleViolationException NotACompound(string code, PlaceId id, string field, HierarchySchema? schema, RuleViolationKind kind)
    {
        var names = schema ?? HierarchySchema.Yanping;
        return Fail(code, $"{id} is not {PlaceWords.A(names, PlaceKind.Compound)}.", $"{id} 不是{PlaceWords.Zh(names, PlaceKind.Compound)}。", field, kind);
    }

    public static string Description(string? value)
    {
        var description = (value ?? string.Empty).Trim();
        if (description.Length is < 1 or > 4000 || description.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || description.Contains('<', StringComparison.Ordinal))
        {
            throw Fail(Catalogue, "A description has 1 to 4,000 characters, without markup or control characters.", "描述须为1至4000个字符，且不含标记或控制字符。", "description");
        }

        return description;
    }

    public static void Coordinates(double? latitude, double? longitude)
    {
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180 || (latitude is null) != (longitude is null) || latitude is double.NaN || longitude is double.NaN)
        {
            throw Fail(WrongReference, "Give both coordinates (WGS 84), or neither.", "坐标须同时填写经纬度（WGS 84），或都不填。", "lat");
        }
    }

    public static List<string> Media(IReadOnlyList<string>? links)
    {
        var media = (links ?? []).Select(m => m?.Trim() ?? string.Empty).ToList();
        if (media.Count > 10 || media.Any(m => m.Length > 500 || !Uri.TryCreate(m, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw Fail(Catalogue, "Up to 10 media links, each an absolute http(s) address of at most 500 characters.", "最多10个媒体链接，每个须为不超过500个字符的 http(s) 绝对地址。", "media");
        }

        return media;
    }

    /// <summary>Checks the answers against the category's attributes (<c>NP-REQ-001</c>).</summary>
    public static List<RequestAttributeValue> Attributes(RequestCategory category, IReadOnlyDictionary<string, string> given)
    {
        var known = (category.Attributes ?? []).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var result = new List<RequestAttributeValue>();
        foreach (var (code, raw) in given)
        {
            var value = raw?.Trim() ?? string.Empty;
            if (!known.TryGetValue(code, out var attribute))
            {
                throw Fail(Catalogue, $"The category has no attribute '{code}'.", $"该类别没有属性“{code}”。", $"attributes[{code}]");
            }

            if (!Fits(attribute, value))
            {
                throw Fail(Catalogue, $"'{value}' does not fit attribute '{code}' ({attribute.Type}).", $"“{value}”不符合属性“{code}”的要求。", $"attributes[{code}]");
            }

            result.Add(new RequestAttributeValue(code, value));
        }

        var missing = known.Values.FirstOrDefault(a => a.Required && !given.ContainsKey(a.Code));
        if (missing is not null)
        {
            throw Fail(Catalogue, $"The category asks for '{missing.Code}'.", $"该类别须填写“{missing.Code}”。", $"attributes[{missing.Code}]");
        }

        return result;
    }

    private static bool Fits(CategoryAttribute attribute, string value) => value.Length is > 0 and <= 500 && attribute.Type switch
    {
        AttributeType.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        AttributeType.DateTime => OffsetDateTimePattern.ExtendedIso.Parse(value).Success,
        AttributeType.SingleValueList => attribute.Values!.ContainsKey(value),
        AttributeType.MultiValueList => value.Split(',').All(v => attribute.Values!.ContainsKey(v.Trim())),
        AttributeType.ShortText => value.Length <= 100 && !value.Any(char.IsControl),
        _ => !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r')),
    };
}
