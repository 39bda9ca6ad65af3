namespace NeighborParty.Stewards;

/// <summary>What is wrong with a branch committee (BR-4).</summary>
public enum CommitteeGapKind
{
    /// <summary>Seven or more full members, and no committee member besides the secretary and deputy.</summary>
    Missing = 1,

    /// <summary>A committee of fewer than the minimum (3).</summary>
    TooSmall = 2,

    /// <summary>A committee of more than the maximum (7).</summary>
    TooLarge = 3,

    /// <summary>Committee members in a branch that no longer counts seven full members.</summary>
    WithoutBasis = 4,
}
