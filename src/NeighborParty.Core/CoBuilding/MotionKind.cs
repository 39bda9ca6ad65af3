namespace NeighborParty.CoBuilding;

/// <summary>What a deputy files.</summary>
public enum MotionKind
{
    /// <summary>A motion to a People's congress (议案).</summary>
    Motion = 1,

    /// <summary>A proposal to the CPPCC (提案).</summary>
    Proposal = 2,

    /// <summary>A suggestion or opinion (建议).</summary>
    Suggestion = 3,
}
