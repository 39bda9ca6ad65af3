namespace NeighborParty.Stewards;

/// <summary>Where a role is held.</summary>
public enum RoleSite
{
    /// <summary>A Party organisation that is not a group: a branch, joint branch, general branch or committee.</summary>
    Branch = 1,

    /// <summary>A party group (党小组) or other group under a branch.</summary>
    Group = 2,

    /// <summary>A residential compound.</summary>
    Compound = 3,

    /// <summary>A building of a compound.</summary>
    Building = 4,

    /// <summary>A named grid (网格) of a compound.</summary>
    Grid = 5,
}
