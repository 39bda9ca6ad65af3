namespace NeighborParty.Requests;

/// <summary>Where a request stands.</summary>
public enum RequestState
{
    /// <summary>Received through a channel.</summary>
    Received = 1,

    /// <summary>Accepted for handling.</summary>
    Accepted = 2,

    /// <summary>Assigned to whoever handles it.</summary>
    Assigned = 3,

    /// <summary>Being worked on.</summary>
    InProgress = 4,

    /// <summary>Resolved: counts as a governance problem solved.</summary>
    Resolved = 5,

    /// <summary>Closed with the resident's rating.</summary>
    Closed = 6,

    /// <summary>Declined, with a reason.</summary>
    Declined = 7,

    /// <summary>A duplicate of another request.</summary>
    Duplicate = 8,
}
