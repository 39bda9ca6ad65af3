using System.Collections.Frozen;
using System.Globalization;
using NeighborParty.Common;

namespace NeighborParty.Organization;

/// <summary>
/// The levels of a district's Party-organisation tree and which level may sit under which (DOMAIN.md §2). The tree
/// is checked against it on every change.
/// </summary>
/// <remarks>
/// <para>Three presets ship: <see cref="Yanping"/> (the default five-level frame), <see cref="GridBased"/> and
/// <see cref="Rural"/>. Define your own with <see cref="Builder"/> in code or <see cref="FromDefinition"/> from
/// configuration.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class HierarchySchema
{
    private readonly FrozenDictionary<string, HierarchyLevel> _levels;

    private readonly FrozenDictionary<PlaceKind, PlaceLevelName> _places;

    private HierarchySchema(string name, IReadOnlyList<HierarchyLevel> levels, IReadOnlyList<string> branchLevels, IReadOnlyDictionary<PlaceKind, PlaceLevelName> places)
    {
        Name = name;
        Levels = levels;
        _levels = levels.ToFrozenDictionary(l => l.Key, StringComparer.Ordinal);
        BranchLevels = branchLevels;
        BranchPlaceKind = branchLevels.Count == 0 ? PlaceKind.Compound : _levels[branchLevels[0]].Covers!.Value;
        _places = places.ToFrozenDictionary();
    }

    /// <summary>Gets the schema's name, such as <c>yanping</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the levels, in the order they were defined (top first).</summary>
    public IReadOnlyList<HierarchyLevel> Levels { get; }

    /// <summary>
    /// Gets the keys of the branch levels: the basic branches formation assesses (BR-1) and stewards, co-building,
    /// compliance and the roll-up count — by default the levels whose non-group units cover compounds (小区党支部), in
    /// the rural preset the village level (村党组织), as a schema declares.
    /// </summary>
    public IReadOnlyList<string> BranchLevels { get; }

    /// <summary>
    /// Gets the kind of place a branch level covers: the places formation assesses one by one (<see cref="PlaceKind.Compound"/>
    /// unless the schema's branch levels cover another kind, such as villages).
    /// </summary>
    public PlaceKind BranchPlaceKind { get; }

    /// <summary>Gets the name of the first branch level, for figures and messages (such as 小区党支部, 网格党支部 or 村党组织).</summary>
    public string BranchName => BranchLevels.Count == 0 ? "小区党支部" : _levels[BranchLevels[0]].Name;

    /// <summary>Gets the English name of the first branch level (such as <c>Compound branch</c>).</summary>
    public string BranchNameEn => BranchLevels.Count == 0 ? "Compound branch" : _levels[BranchLevels[0]].NameEn ?? _levels[BranchLevels[0]].Key;

    /// <summary>Gets what the district calls a kind of place (网格 for a grid district's compounds, 村 for a rural county's communities).</summary>
    /// <param name="kind">The place kind.</param>
    /// <returns>The schema's names, or the default names (区, 街道, 社区, 小区, 楼栋).</returns>
    public PlaceLevelName PlaceName(PlaceKind kind) =>
        _places.TryGetValue(kind, out var name) ? name : DefaultPlaceName(kind);

    /// <summary>
    /// Gets Yanping's five-level frame (五级组织架构): 区委 → 街道党工委 → 社区党委 → 小区党支部 → 楼栋党小组, with
    /// functional groups under compound branches and, under a compound general branch (党总支), branches dividing its buildings.
    /// </summary>
    public static HierarchySchema Yanping { get; } = new Builder("yanping")
        .Level("district", "区委", "District committee", [OrganizationUnitKind.Committee], PlaceKind.District, 1, 1)
        .Level("street", "街道党工委", "Street working committee", [OrganizationUnitKind.WorkingCommittee], PlaceKind.Street, 1, 1, parents: ["district"])
        .Level("community", "社区党委", "Community committee", [OrganizationUnitKind.Committee, OrganizationUnitKind.GeneralBranch], PlaceKind.Community, 1, 1, parents: ["street"])
        .Level("compound", "小区党支部", "Compound branch", [OrganizationUnitKind.Branch, OrganizationUnitKind.JointBranch, OrganizationUnitKind.GeneralBranch], PlaceKind.Compound, 1, 1, parents: ["community"])
        .Level("compound-sub-branch", "小区党总支下属党支部", "Branch under a compound general branch", [OrganizationUnitKind.Branch], PlaceKind.Building, 1, null, parents: ["compound"])
        .Level("building-group", "楼栋党小组", "Building group", [OrganizationUnitKind.BuildingGroup], PlaceKind.Building, 1, null, parents: ["compound", "compound-sub-branch"])
        .Level("functional-group", "功能性党小组", "Functional group", [OrganizationUnitKind.FunctionalGroup], null, 0, 0, parents: ["compound", "compound-sub-branch"])
        .Build();

    /// <summary>Gets the grid-based frame: 社区党委 → 网格党支部 → 楼院党小组 (a grid branch covers the compounds of its grid).</summary>
    public static HierarchySchema GridBased { get; } = new Builder("grid")
        .Level("community", "社区党委", "Community committee", [OrganizationUnitKind.Committee, OrganizationUnitKind.GeneralBranch], PlaceKind.Community, 1, 1)
        .Level("grid-branch", "网格党支部", "Grid branch", [OrganizationUnitKind.Branch, OrganizationUnitKind.JointBranch], PlaceKind.Compound, 1, null, parents: ["community"])
        .Level("courtyard-group", "楼院党小组", "Building-and-courtyard group", [OrganizationUnitKind.PartyGroup, OrganizationUnitKind.BuildingGroup], PlaceKind.Building, 1, null, parents: ["grid-branch"])
        .Level("functional-group", "功能性党小组", "Functional group", [OrganizationUnitKind.FunctionalGroup], null, 0, 0, parents: ["grid-branch"])
        .Place(PlaceKind.Compound, "网格", "Grid")
        .Place(PlaceKind.Building, "楼院", "Building and courtyard")
        .Build();

    /// <summary>
    /// Gets the rural frame: 县委 → 乡镇党委 → 村党组织 → 村民小组党小组 (places: county = district, township = street,
    /// village = community, villagers' group = compound). The county committee is the root, so a county-wide ledger,
    /// sweep and roll-up have one unit above every township (issue 16).
    /// </summary>
    public static HierarchySchema Rural { get; } = new Builder("rural")
        .Level("county", "县委", "County committee", [OrganizationUnitKind.Committee], PlaceKind.District, 1, 1)
        .Level("township", "乡镇党委", "Township committee", [OrganizationUnitKind.Committee], PlaceKind.Street, 1, 1, parents: ["county"])
        .Level("village", "村党组织", "Village Party organisation", [OrganizationUnitKind.Committee, OrganizationUnitKind.GeneralBranch, OrganizationUnitKind.Branch, OrganizationUnitKind.JointBranch], PlaceKind.Community, 1, null, parents: ["township"])
        .Level("village-branch", "村党总支下属党支部", "Branch under a village committee or general branch", [OrganizationUnitKind.Branch], PlaceKind.Compound, 1, null, parents: ["village"])
        .Level("villager-group", "村民小组党小组", "Villagers' group party group", [OrganizationUnitKind.PartyGroup], PlaceKind.Compound, 1, null, parents: ["village", "village-branch"])
        .Level("functional-group", "功能性党小组", "Functional group", [OrganizationUnitKind.FunctionalGroup], null, 0, 0, parents: ["village", "village-branch"])
        .BranchLevels("village")
        .Place(PlaceKind.District, "县", "County")
        .Place(PlaceKind.Street, "乡镇", "Township")
        .Place(PlaceKind.Community, "村", "Village")
        .Place(PlaceKind.Compound, "村民小组", "Villagers' group")
        .Place(PlaceKind.Building, "户", "Household")
        .Build();

    /// <summary>Returns the preset of the given name: <c>yanping</c>, <c>grid</c> or <c>rural</c> (case-insensitive).</summary>
    /// <param name="name">The preset's name.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no preset.</exception>
    public static HierarchySchema Preset(string name) => name?.Trim().ToUpperInvariant() switch
    {
        "YANPING" => Yanping,
        "GRID" or "GRID-BASED" => GridBased,
        "RURAL" => Rural,
        _ => throw new ArgumentException($"No hierarchy-schema preset is called '{name}'; use yanping, grid or rural.", nameof(name)),
    };

    /// <summary>Returns the level with the given key.</summary>
    /// <param name="key">The level's key.</param>
    /// <param name="level">The level, if found.</param>
    /// <returns><see langword="true"/> if the schema has such a level.</returns>
    public bool TryGetLevel(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HierarchyLevel? level) =>
        _levels.TryGetValue(key ?? string.Empty, out level);

    /// <summary>Returns the level with the given key, or refuses with <c>NP-ORG-002</c>.</summary>
    /// <param name="key">The level's key.</param>
    /// <returns>The level.</returns>
    /// <exception cref="RuleViolationException">The schema has no such level.</exception>
    public HierarchyLevel GetLevel(string key) =>
        TryGetLevel(key, out var level) ? level : throw OrganizationRules.UnknownLevel(key, Name);

    /// <summary>Tells whether a unit of level <paramref name="child"/> may sit directly under one of level <paramref name="parent"/>.</summary>
    /// <param name="child">The child's level key.</param>
    /// <param name="parent">The parent's level key.</param>
    /// <returns><see langword="true"/> if the schema allows it.</returns>
    public bool AllowsParent(string child, string parent) =>
        TryGetLevel(child, out var level) && level.ParentLevels.Contains(parent, StringComparer.Ordinal);

    /// <summary>Makes a schema from plain data, validating it.</summary>
    /// <param name="definition">The definition, typically bound from configuration.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">The definition is not a valid schema; the message says why.</exception>
    public static HierarchySchema FromDefinition(HierarchySchemaDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var builder = new Builder(definition.Name);
        foreach (var l in definition.Levels)
        {
            builder.Level(l.Key, l.Name, l.NameEn, [.. l.Kinds], l.Covers, l.MinPlaces ?? (l.Covers is null ? 0 : 1),
                l.Covers is null ? 0 : l.MaxPlaces, l.ExclusiveCoverage, [.. l.ParentLevels]);
        }

        if (definition.BranchLevels.Count > 0)
        {
            builder.BranchLevels([.. definition.BranchLevels]);
        }

        foreach (var p in definition.Places)
        {
            builder.Place(p.Kind, p.Name, string.IsNullOrWhiteSpace(p.NameEn) ? p.Kind.ToString() : p.NameEn);
        }

        return builder.Build();
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static PlaceLevelName DefaultPlaceName(PlaceKind kind) => kind switch
    {
        PlaceKind.District => new(kind, "区", "District"),
        PlaceKind.Street => new(kind, "街道", "Street"),
        PlaceKind.Community => new(kind, "社区", "Community"),
        PlaceKind.Compound => new(kind, "小区", "Compound"),
        PlaceKind.Building => new(kind, "楼栋", "Building"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a place kind."),
    };

}
