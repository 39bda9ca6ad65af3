namespace NeighborParty.Requests;

/// <summary>Where a deliberation stands: convened → in session → decided → closed, or cancelled before a decision.</summary>
public enum DeliberationState
{
    /// <summary>Called, with its participants and agenda; not held yet.</summary>
    Convened = 1,

    /// <summary>Being held: attendance is recorded, proposals are voted.</summary>
    InSession = 2,

    /// <summary>A decision was taken (or none was); follow-up actions are tracked.</summary>
    Decided = 3,

    /// <summary>Every follow-up action is done or dropped; the result is recorded.</summary>
    Closed = 4,

    /// <summary>Called off before a decision.</summary>
    Cancelled = 5,
}
