namespace NeighborParty.Requests;

/// <summary>Where a follow-up action stands.</summary>
public enum FollowUpState
{
    /// <summary>Assigned, not done yet.</summary>
    Open = 1,

    /// <summary>Done, with its result.</summary>
    Done = 2,

    /// <summary>Dropped, with a reason.</summary>
    Dropped = 3,
}
