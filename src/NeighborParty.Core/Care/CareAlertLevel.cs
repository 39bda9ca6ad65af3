namespace NeighborParty.Care;

/// <summary>How urgent a care record is today (CR-3, CR-4).</summary>
public enum CareAlertLevel
{
    /// <summary>In contact within the interval.</summary>
    None = 0,

    /// <summary>No contact within the interval: the guardians and the branch are reminded (CR-3).</summary>
    Due = 1,

    /// <summary>No contact within the escalation interval, or a concern left without action: the community is told (CR-4).</summary>
    Escalated = 2,
}
