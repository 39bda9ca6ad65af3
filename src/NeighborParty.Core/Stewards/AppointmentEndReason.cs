namespace NeighborParty.Stewards;

/// <summary>Why an appointment ended before its term.</summary>
public enum AppointmentEndReason
{
    /// <summary>Resigned (辞职).</summary>
    Resigned = 1,

    /// <summary>Removed (免职、罢免).</summary>
    Removed = 2,

    /// <summary>Moved away or transferred the relationship (调离、转出).</summary>
    MovedAway = 3,

    /// <summary>Died (去世).</summary>
    Died = 4,

    /// <summary>Replaced at an early election (提前换届).</summary>
    ReplacedAtElection = 5,
}
