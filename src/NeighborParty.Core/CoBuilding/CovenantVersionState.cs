namespace NeighborParty.CoBuilding;

/// <summary>Where one version of a covenant stands.</summary>
public enum CovenantVersionState
{
    /// <summary>Editable.</summary>
    Draft = 1,

    /// <summary>Frozen and out for signature.</summary>
    AwaitingSignatures = 2,

    /// <summary>Signed by every party; never changes again.</summary>
    FullySigned = 3,

    /// <summary>An amendment was drafted but given up before it was signed.</summary>
    Withdrawn = 4,
}
