namespace NeighborParty.CoBuilding;

/// <summary>Which mass organisation.</summary>
public enum MassOrganisationKind
{
    /// <summary>The Communist Youth League (共青团).</summary>
    YouthLeague = 1,

    /// <summary>The Women's Federation (妇联).</summary>
    WomensFederation = 2,

    /// <summary>A trade union (工会).</summary>
    TradeUnion = 3,

    /// <summary>Another mass organisation (e.g. 科协, 残联).</summary>
    Other = 4,
}
