namespace NeighborParty.Care;

/// <summary>Where a cared-for resident's record stands.</summary>
public enum CareStatus
{
    /// <summary>Living at home; neighbours keep in contact at the home interval.</summary>
    AtHome = 1,

    /// <summary>Placed in a care home or hospital; visits continue at the facility interval (CR-5).</summary>
    InCareFacility = 2,

    /// <summary>Closed: consent withdrawn, moved away, or died. No alerts.</summary>
    Closed = 3,
}
