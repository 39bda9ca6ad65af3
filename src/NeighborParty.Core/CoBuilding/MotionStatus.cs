namespace NeighborParty.CoBuilding;

/// <summary>Where a deputy's motion stands.</summary>
public enum MotionStatus
{
    /// <summary>Filed with the body.</summary>
    Filed = 1,

    /// <summary>Accepted for handling (立案).</summary>
    Accepted = 2,

    /// <summary>Not accepted (不予立案), with a reason.</summary>
    Rejected = 3,

    /// <summary>Answered by the handling department.</summary>
    Answered = 4,

    /// <summary>Closed, with the deputy's view of the answer.</summary>
    Closed = 5,
}
