namespace NeighborParty.Requests;

/// <summary>A vote on a proposal.</summary>
public enum VoteChoice
{
    /// <summary>For.</summary>
    Yes = 1,

    /// <summary>Against.</summary>
    No = 2,

    /// <summary>Abstains.</summary>
    Abstain = 3,
}
