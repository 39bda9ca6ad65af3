namespace NeighborParty.Organization;

/// <summary>
/// The levels of the physical tree of places, from the top (DOMAIN.md §2). Each kind sits directly under the one before.
/// </summary>
/// <remarks>Rural districts use the same levels: a township (乡镇) is a <see cref="Street"/>, a village (村) a
/// <see cref="Community"/>, a villagers' group (村民小组) a <see cref="Compound"/>.</remarks>
public enum PlaceKind
{
    /// <summary>District (区); the root of a tenant's places.</summary>
    District = 1,

    /// <summary>Street (街道), or a township (乡镇).</summary>
    Street = 2,

    /// <summary>Community (社区), or a village (村).</summary>
    Community = 3,

    /// <summary>Residential compound (小区), or a villagers' group (村民小组).</summary>
    Compound = 4,

    /// <summary>Building (楼栋).</summary>
    Building = 5,
}
