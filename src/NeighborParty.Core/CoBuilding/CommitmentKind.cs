namespace NeighborParty.CoBuilding;

/// <summary>What a covenant commitment gives.</summary>
public enum CommitmentKind
{
    /// <summary>A service (法律咨询, 家电维修 …).</summary>
    Service = 1,

    /// <summary>A venue shared (场地).</summary>
    Venue = 2,

    /// <summary>Funding (资金).</summary>
    Funding = 3,

    /// <summary>People sent down (人员).</summary>
    People = 4,

    /// <summary>Something else.</summary>
    Other = 5,
}
