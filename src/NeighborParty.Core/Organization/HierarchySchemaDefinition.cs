namespace NeighborParty.Organization;

/// <summary>
/// A hierarchy schema as plain data, to bind from configuration (e.g. <c>NeighborParty:Schema:Custom</c>) and turn
/// into a <see cref="HierarchySchema"/> with <see cref="HierarchySchema.FromDefinition"/>.
/// </summary>
public sealed class HierarchySchemaDefinition
{
    /// <summary>Gets or sets the schema's name.</summary>
    public string Name { get; set; } = "custom";

    /// <summary>Gets the levels, top first.</summary>
    public IList<HierarchyLevelDefinition> Levels { get; } = [];

    /// <summary>
    /// Gets the keys of the levels formation assesses as branches (BR-1); empty for the default: the levels whose
    /// non-group units cover compounds. All must cover the same place kind.
    /// </summary>
    public IList<string> BranchLevels { get; } = [];

    /// <summary>Gets the district's own names of the place kinds; a kind not named keeps 区, 街道, 社区, 小区 or 楼栋.</summary>
    public IList<PlaceLevelDefinition> Places { get; } = [];
}
