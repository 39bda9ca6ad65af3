namespace NeighborParty.Membership;

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
