namespace NeighborParty.CoBuilding;

/// <summary>Where a fulfilment comes from.</summary>
public enum FulfilmentSource
{
    /// <summary>A delivered service order.</summary>
    Order = 1,

    /// <summary>An activity of the ledger.</summary>
    Activity = 2,

    /// <summary>Recorded by hand (a transfer of funds, a venue opened).</summary>
    Manual = 3,
}
