namespace NeighborParty.CoBuilding;

/// <summary>The period an offering's capacity is counted over.</summary>
public enum CapacityPeriod
{
    /// <summary>A calendar week (Monday to Sunday).</summary>
    Week = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,

    /// <summary>A calendar quarter.</summary>
    Quarter = 3,

    /// <summary>A calendar year.</summary>
    Year = 4,
}
