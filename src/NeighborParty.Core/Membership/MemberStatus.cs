namespace NeighborParty.Membership;

/// <summary>Whether a member is probationary (预备党员) or full (正式党员).</summary>
public enum MemberStatus
{
    /// <summary>预备党员: no vote, never counted toward BR-1, BR-3, BR-4.</summary>
    Probationary = 1,

    /// <summary>正式党员.</summary>
    Full = 2,
}
