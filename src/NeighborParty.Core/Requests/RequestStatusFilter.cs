namespace NeighborParty.Requests;

/// <summary>Whether a search wants requests still being handled, finished ones, or both (Open311's <c>open</c> / <c>closed</c>).</summary>
public enum RequestStatusFilter
{
    /// <summary>Every state.</summary>
    Any = 0,

    /// <summary>Received, accepted, assigned or in progress.</summary>
    Open = 1,

    /// <summary>Resolved, closed, declined or a duplicate.</summary>
    Closed = 2,
}
