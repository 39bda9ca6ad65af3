using NeighborParty.Organization;

namespace NeighborParty.Common;

/// <summary>
/// Place kinds in messages, in the schema's words (村民小组, 网格, 小区): every refusal or advice that names a kind
/// of place takes its name from the district's <see cref="HierarchySchema"/>, never a literal.
/// </summary>
internal static class PlaceWords
{
    /// <summary>The English name in lower case, such as "villagers' group".</summary>
    public static string En(HierarchySchema schema, PlaceKind kind) => schema.PlaceName(kind).NameEn.ToLowerInvariant();

    /// <summary>The Chinese name, such as 村民小组.</summary>
    public static string Zh(HierarchySchema schema, PlaceKind kind) => schema.PlaceName(kind).Name;

    /// <summary>The English name with its article: "a compound", "a village".</summary>
    public static string A(HierarchySchema schema, PlaceKind kind)
    {
        var name = En(schema, kind);
        return ("aeiou".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
    }

    /// <summary>A plural in English: "grids", "villagers' groups".</summary>
    public static string Plural(string english) => english.EndsWith('s') ? english : english + "s";

    /// <summary>The English plural of a kind.</summary>
    public static string Plural(HierarchySchema schema, PlaceKind kind) => Plural(En(schema, kind));

    /// <summary>The kind directly above (a compound's community, a village's township), or null for a district.</summary>
    public static PlaceKind? Above(PlaceKind kind) => kind == PlaceKind.District ? null : kind - 1;

    /// <summary>"district, street or community" / 区、街道或社区.</summary>
    public static (string En, string Zh) AnyOf(HierarchySchema schema, params PlaceKind[] kinds)
    {
        var en = kinds.Select(k => En(schema, k)).ToList();
        var zh = kinds.Select(k => Zh(schema, k)).ToList();
        return en.Count == 1 ? (en[0], zh[0])
            : (string.Join(", ", en.Take(en.Count - 1)) + " or " + en[^1], string.Join("、", zh.Take(zh.Count - 1)) + "或" + zh[^1]);
    }

    /// <summary>The nesting of places, such as 县→乡镇→村→村民小组→户 / county → township → village → villagers' group → household.</summary>
    public static (string En, string Zh) Chain(HierarchySchema schema)
    {
        var kinds = Enum.GetValues<PlaceKind>().Where(k => k is >= PlaceKind.District and <= PlaceKind.Building).ToList();
        return (string.Join(" → ", kinds.Select(k => En(schema, k))), string.Join("→", kinds.Select(k => Zh(schema, k))));
    }
}
