namespace NeighborParty.Stewards;

/// <summary>Who may hold a role.</summary>
public enum RoleHolders
{
    /// <summary>A full member (正式党员) not suspended from voting on the first day: members are elected, probationary members may not be (党章 art. 7).</summary>
    FullMember = 1,

    /// <summary>Any Party member in the ledger.</summary>
    Member = 2,

    /// <summary>A Party member or a resident who is not one (e.g. a respected resident, 贤达人士).</summary>
    MemberOrResident = 3,
}
