namespace NeighborParty.Organization;

/// <summary>One level of a <see cref="HierarchySchemaDefinition"/>.</summary>
public sealed class HierarchyLevelDefinition
{
    /// <summary>Gets or sets the stable key, such as <c>grid-branch</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets or sets the Chinese name, such as 网格党支部.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the English name.</summary>
    public string? NameEn { get; set; }

    /// <summary>Gets the kinds of unit allowed at the level (names of <see cref="OrganizationUnitKind"/>).</summary>
    public IList<OrganizationUnitKind> Kinds { get; } = [];

    /// <summary>Gets or sets the kind of place covered, or <see langword="null"/> for a purpose.</summary>
    public PlaceKind? Covers { get; set; }

    /// <summary>Gets or sets the fewest places covered; defaults to 1 when <see cref="Covers"/> is set.</summary>
    public int? MinPlaces { get; set; }

    /// <summary>Gets or sets the most places covered, or <see langword="null"/> for no limit.</summary>
    public int? MaxPlaces { get; set; }

    /// <summary>Gets or sets a value indicating whether a place may be covered by only one live unit of the level (default true).</summary>
    public bool ExclusiveCoverage { get; set; } = true;

    /// <summary>Gets the keys of the levels this level may sit under; empty for a root level.</summary>
    public IList<string> ParentLevels { get; } = [];
}
