namespace NeighborParty.Membership;

/// <summary>Where a transfer of the organisational relationship stands (MR-3).</summary>
public enum TransferState
{
    /// <summary>转出: the old organisation has issued the transfer; it is still responsible.</summary>
    Out = 1,

    /// <summary>在途: the letter is on its way; the old organisation is still responsible.</summary>
    InTransit = 2,
}
