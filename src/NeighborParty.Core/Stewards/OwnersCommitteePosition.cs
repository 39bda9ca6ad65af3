namespace NeighborParty.Stewards;

/// <summary>The seat an owners'-committee role corresponds to.</summary>
public enum OwnersCommitteePosition
{
    /// <summary>The chair (主任).</summary>
    Chair = 1,

    /// <summary>A vice chair (副主任).</summary>
    ViceChair = 2,

    /// <summary>A member (委员).</summary>
    Member = 3,
}
