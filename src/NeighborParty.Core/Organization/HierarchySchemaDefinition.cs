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
}
