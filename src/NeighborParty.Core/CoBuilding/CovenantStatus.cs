namespace NeighborParty.CoBuilding;

/// <summary>Where a covenant stands on a day.</summary>
public enum CovenantStatus
{
    /// <summary>Being drafted; nobody has been asked to sign.</summary>
    Draft = 1,

    /// <summary>Submitted; waiting for every party's signature.</summary>
    AwaitingSignatures = 2,

    /// <summary>Signed by every party; the validity has not begun.</summary>
    FullySigned = 3,

    /// <summary>Signed by every party and the day lies inside the validity.</summary>
    InForce = 4,

    /// <summary>The validity has passed.</summary>
    Expired = 5,

    /// <summary>Ended before its validity by a party.</summary>
    Terminated = 6,
}
