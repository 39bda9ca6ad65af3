namespace NeighborParty.Organization;

/// <summary>One place name of a <see cref="HierarchySchemaDefinition"/> (see <see cref="PlaceLevelName"/>).</summary>
public sealed class PlaceLevelDefinition
{
    /// <summary>Gets or sets the place kind named.</summary>
    public PlaceKind Kind { get; set; }

    /// <summary>Gets or sets the Chinese name, such as 网格.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the English name, such as <c>Grid</c>; defaults to the kind's name.</summary>
    public string? NameEn { get; set; }
}
