namespace NeighborParty.Accounting;

/// <summary>Who a regular meeting is due from.</summary>
public enum DueFrom
{
    /// <summary>The branch.</summary>
    Branch = 1,

    /// <summary>The branch, only while it has a committee (ML-2).</summary>
    BranchWithCommittee = 2,

    /// <summary>Each Party group of the branch (ML-3).</summary>
    EachGroup = 3,
}
