namespace NeighborParty.Membership;

/// <summary>Gender, as written in the ID-card number.</summary>
public enum Gender
{
    /// <summary>男.</summary>
    Male = 1,

    /// <summary>女.</summary>
    Female = 2,
}

/// <summary>Whether a member is probationary (预备党员) or full (正式党员).</summary>
public enum MemberStatus
{
    /// <summary>预备党员: no vote, never counted toward BR-1, BR-3, BR-4.</summary>
    Probationary = 1,

    /// <summary>正式党员.</summary>
    Full = 2,
}

/// <summary>The census category of the ledger (摸清家底).</summary>
public enum MemberCategory
{
    /// <summary>离退休党员.</summary>
    Retired = 1,

    /// <summary>在职党员: the relationship usually stays at the work unit; they register (报到) where they live.</summary>
    InService = 2,

    /// <summary>小区党员 without a work-unit organisation (e.g. flexible employment).</summary>
    CompoundResident = 3,

    /// <summary>驻区单位党员: a member of a unit located in the area.</summary>
    ResidentUnit = 4,
}

/// <summary>Where a transfer of the organisational relationship stands (MR-3).</summary>
public enum TransferState
{
    /// <summary>转出: the old organisation has issued the transfer; it is still responsible.</summary>
    Out = 1,

    /// <summary>在途: the letter is on its way; the old organisation is still responsible.</summary>
    InTransit = 2,
}
