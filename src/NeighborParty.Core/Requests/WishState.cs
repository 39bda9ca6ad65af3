namespace NeighborParty.Requests;

/// <summary>Where a micro-wish stands: posted → claimed → fulfilled → confirmed.</summary>
public enum WishState
{
    /// <summary>Posted on the wall.</summary>
    Posted = 1,

    /// <summary>Claimed by a member or a partner.</summary>
    Claimed = 2,

    /// <summary>Fulfilled, with evidence.</summary>
    Fulfilled = 3,

    /// <summary>Confirmed by the resident.</summary>
    Confirmed = 4,
}
