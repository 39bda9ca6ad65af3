namespace NeighborParty.Organization;

/// <summary>
/// One level of a <see cref="HierarchySchema"/>: what it is called, which kinds of unit sit there, which places they
/// cover and under which levels it may sit.
/// </summary>
/// <remarks>Immutable and thread-safe; made by <see cref="HierarchySchema.Builder"/> or <see cref="HierarchySchema.FromDefinition"/>.</remarks>
public sealed class HierarchyLevel
{
    internal HierarchyLevel(string key, string name, string? nameEn, IReadOnlySet<OrganizationUnitKind> kinds,
        PlaceKind? covers, int minPlaces, int? maxPlaces, bool exclusiveCoverage, IReadOnlyList<string> parentLevels)
    {
        Key = key;
        Name = name;
        NameEn = nameEn;
        Kinds = kinds;
        Covers = covers;
        MinPlaces = minPlaces;
        MaxPlaces = maxPlaces;
        ExclusiveCoverage = exclusiveCoverage;
        ParentLevels = parentLevels;
    }

    /// <summary>Gets the stable key of the level, such as <c>compound</c>.</summary>
    public string Key { get; }

    /// <summary>Gets the Chinese name of the level, such as 小区党支部.</summary>
    public string Name { get; }

    /// <summary>Gets the English name of the level, or <see langword="null"/>.</summary>
    public string? NameEn { get; }

    /// <summary>Gets the kinds of unit that may sit at this level.</summary>
    public IReadOnlySet<OrganizationUnitKind> Kinds { get; }

    /// <summary>Gets the kind of place units at this level cover, or <see langword="null"/> if they cover a purpose, not a place.</summary>
    public PlaceKind? Covers { get; }

    /// <summary>Gets the fewest places a unit at this level covers (0 when <see cref="Covers"/> is null).</summary>
    public int MinPlaces { get; }

    /// <summary>Gets the most places a unit at this level covers, or <see langword="null"/> for no limit. A joint branch is bounded by BR-3 instead (2 to <see cref="OrganizationPolicy.JointBranchMaxUnits"/>).</summary>
    public int? MaxPlaces { get; }

    /// <summary>Gets a value indicating whether a place may be covered by at most one live unit of this level.</summary>
    public bool ExclusiveCoverage { get; }

    /// <summary>Gets the keys of the levels a unit of this level may sit under; empty for a root level.</summary>
    public IReadOnlyList<string> ParentLevels { get; }

    /// <summary>Gets a value indicating whether units of this level are roots of the tree.</summary>
    public bool IsRoot => ParentLevels.Count == 0;

    /// <inheritdoc />
    public override string ToString() => $"{Key} ({Name})";
}
