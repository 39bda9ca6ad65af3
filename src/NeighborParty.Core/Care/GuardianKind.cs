namespace NeighborParty.Care;

/// <summary>Who a guardian (守望人) is to the resident.</summary>
public enum GuardianKind
{
    /// <summary>A neighbour (邻居).</summary>
    Neighbour = 1,

    /// <summary>A Party member of the compound (党员).</summary>
    PartyMember = 2,

    /// <summary>A Red Steward or building leader (红色管家、楼栋长).</summary>
    Steward = 3,

    /// <summary>A relative (亲属).</summary>
    Relative = 4,

    /// <summary>A volunteer or social worker (志愿者、社工).</summary>
    Volunteer = 5,
}
