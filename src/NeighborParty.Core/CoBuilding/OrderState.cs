namespace NeighborParty.CoBuilding;

/// <summary>Where a service order stands: ordered → accepted or declined → scheduled → delivered → rated.</summary>
public enum OrderState
{
    /// <summary>Ordered by the compound.</summary>
    Ordered = 1,

    /// <summary>Accepted by the partner (a unit of capacity is booked).</summary>
    Accepted = 2,

    /// <summary>Declined by the partner, with a reason.</summary>
    Declined = 3,

    /// <summary>Given a date.</summary>
    Scheduled = 4,

    /// <summary>Delivered.</summary>
    Delivered = 5,

    /// <summary>Rated by the compound.</summary>
    Rated = 6,

    /// <summary>Withdrawn by the compound before delivery.</summary>
    Cancelled = 7,
}
