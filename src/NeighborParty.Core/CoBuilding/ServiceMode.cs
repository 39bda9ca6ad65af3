namespace NeighborParty.CoBuilding;

/// <summary>How a partner serves (组团式 / 菜单式 / 嵌入式).</summary>
public enum ServiceMode
{
    /// <summary>A team goes to the compound (组团式).</summary>
    Team = 1,

    /// <summary>Ordered from the menu on demand (菜单式, 按需点单).</summary>
    Menu = 2,

    /// <summary>Embedded in the compound on a schedule (嵌入式).</summary>
    Embedded = 3,
}
