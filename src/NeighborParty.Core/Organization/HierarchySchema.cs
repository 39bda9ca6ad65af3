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
public sealed class HierarchySchema
{
    private readonly FrozenDictionary<string, HierarchyLevel> _levels;

    private HierarchySchema(string name, IReadOnlyList<HierarchyLevel> levels)
    {
        Name = name;
        Levels = levels;
        _levels = levels.ToFrozenDictionary(l => l.Key, StringComparer.Ordinal);
        CompoundBranchLevels = [.. levels.Where(l => l.Covers == PlaceKind.Compound && l.Kinds.Any(k => !k.IsGroup())).Select(l => l.Key)];
    }

    /// <summary>Gets the schema's name, such as <c>yanping</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the levels, in the order they were defined (top first).</summary>
    public IReadOnlyList<HierarchyLevel> Levels { get; }

    /// <summary>Gets the keys of the levels whose (non-group) units cover compounds: the compound branches that formation, stewards and co-building work with.</summary>
    public IReadOnlyList<string> CompoundBranchLevels { get; }

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
        .Build();

    /// <summary>
    /// Gets the rural frame: 县委 → 乡镇党委 → 村党组织 → 村民小组党小组 (places: county = district, township = street,
    /// village = community, villagers' group = compound). The county committee is the root, so a county-wide ledger,
    /// sweep and roll-up have one unit above every township (issue 16).
    /// </summary>
    public static HierarchySchema Rural { get; } = new Builder("rural")
        .Level("county", "县委", "County committee", [OrganizationUnitKind.Committee], PlaceKind.District, 1, 1)
        .Level("township", "乡镇党委", "Township committee", [OrganizationUnitKind.Committee], PlaceKind.Street, 1, 1, parents: ["county"])
        .Level("village", "村党组织", "Village Party organisation", [OrganizationUnitKind.Committee, OrganizationUnitKind.GeneralBranch, OrganizationUnitKind.Branch, OrganizationUnitKind.JointBranch], PlaceKind.Community, 1, 1, parents: ["township"])
        .Level("village-branch", "村党总支下属党支部", "Branch under a village committee or general branch", [OrganizationUnitKind.Branch], PlaceKind.Compound, 1, null, parents: ["village"])
        .Level("villager-group", "村民小组党小组", "Villagers' group party group", [OrganizationUnitKind.PartyGroup], PlaceKind.Compound, 1, null, parents: ["village", "village-branch"])
        .Level("functional-group", "功能性党小组", "Functional group", [OrganizationUnitKind.FunctionalGroup], null, 0, 0, parents: ["village", "village-branch"])
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

        return builder.Build();
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Builds a <see cref="HierarchySchema"/> in code. Not thread-safe.</summary>
    public sealed class Builder
    {
        private readonly string _name;
        private readonly List<HierarchyLevel> _levels = [];

        /// <summary>Initializes a new instance of the <see cref="Builder"/> class.</summary>
        /// <param name="name">The schema's name.</param>
        /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
        public Builder(string name)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            _name = name.Trim();
        }

        /// <summary>Adds a level.</summary>
        /// <param name="key">Its stable key.</param>
        /// <param name="name">Its Chinese name.</param>
        /// <param name="nameEn">Its English name, or null.</param>
        /// <param name="kinds">The kinds of unit allowed there.</param>
        /// <param name="covers">The kind of place covered, or null for a purpose.</param>
        /// <param name="minPlaces">The fewest places covered.</param>
        /// <param name="maxPlaces">The most places covered, or null for no limit.</param>
        /// <param name="exclusiveCoverage">Whether a place may be covered by only one live unit of this level.</param>
        /// <param name="parents">The keys of the levels it may sit under; none for a root level.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">An argument is blank or inconsistent.</exception>
        public Builder Level(string key, string name, string? nameEn, IReadOnlyCollection<OrganizationUnitKind> kinds,
            PlaceKind? covers, int minPlaces, int? maxPlaces, bool exclusiveCoverage = true, IReadOnlyCollection<string>? parents = null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key);
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentNullException.ThrowIfNull(kinds);
            if (kinds.Count == 0 || kinds.Any(k => !Enum.IsDefined(k)))
            {
                throw new ArgumentException(Invariant($"Level '{key}' must allow at least one defined unit kind."), nameof(kinds));
            }

            if (covers is { } c && !Enum.IsDefined(c))
            {
                throw new ArgumentException(Invariant($"Level '{key}' covers an undefined place kind."), nameof(covers));
            }

            if (minPlaces < 0 || maxPlaces < minPlaces || (covers is null && (minPlaces != 0 || maxPlaces is not 0)))
            {
                throw new ArgumentException(Invariant($"Level '{key}' has inconsistent place bounds ({minPlaces}..{maxPlaces}); a level that covers no place has 0..0."), nameof(minPlaces));
            }

            if (_levels.Any(l => l.Key == key.Trim()))
            {
                throw new ArgumentException(Invariant($"Level '{key}' is defined twice."), nameof(key));
            }

            _levels.Add(new HierarchyLevel(key.Trim(), name.Trim(), string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(),
                kinds.ToFrozenSet(), covers, minPlaces, maxPlaces, exclusiveCoverage, [.. (parents ?? []).Select(p => p.Trim()).Distinct()]));
            return this;
        }

        /// <summary>Validates the levels and makes the schema.</summary>
        /// <returns>The schema.</returns>
        /// <exception cref="ArgumentException">No root level, an unknown parent level, a cycle among levels, or deeper than <see cref="HierarchyPath.MaxDepth"/>.</exception>
        public HierarchySchema Build()
        {
            if (!_levels.Any(l => l.IsRoot))
            {
                throw new ArgumentException(Invariant($"Schema '{_name}' needs at least one root level (a level without parents)."));
            }

            var keys = _levels.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var level in _levels)
            {
                foreach (var parent in level.ParentLevels.Where(p => !keys.Contains(p)))
                {
                    throw new ArgumentException(Invariant($"Level '{level.Key}' names an unknown parent level '{parent}'."));
                }
            }

            var byKey = _levels.ToDictionary(l => l.Key, StringComparer.Ordinal);
            var depth = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var level in _levels)
            {
                if (Depth(level.Key, byKey, depth, []) > HierarchyPath.MaxDepth)
                {
                    throw new ArgumentException(Invariant($"Schema '{_name}' is deeper than {HierarchyPath.MaxDepth} levels."));
                }
            }

            return new HierarchySchema(_name, [.. _levels]);
        }

        private static int Depth(string key, Dictionary<string, HierarchyLevel> byKey, Dictionary<string, int> memo, HashSet<string> visiting)
        {
            if (memo.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!visiting.Add(key))
            {
                throw new ArgumentException(Invariant($"The levels form a cycle through '{key}'."));
            }

            var level = byKey[key];
            var depth = 1 + (level.ParentLevels.Count == 0 ? 0 : level.ParentLevels.Max(p => Depth(p, byKey, memo, visiting)));
            visiting.Remove(key);
            memo[key] = depth;
            return depth;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
