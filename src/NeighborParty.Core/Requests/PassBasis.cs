namespace NeighborParty.Requests;

/// <summary>What a proposal's threshold is measured against.</summary>
public enum PassBasis
{
    /// <summary>The votes cast (yes, no and abstain).</summary>
    VotesCast = 1,

    /// <summary>The voters present (an absent voter neither helps nor hinders; an abstention counts against).</summary>
    PresentVoters = 2,

    /// <summary>Every participant entitled to vote, present or not.</summary>
    AllVoters = 3,
}
