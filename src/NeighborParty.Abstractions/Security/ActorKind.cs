namespace NeighborParty.Security;

/// <summary>
/// The kinds of people and bodies that act in the system (DOMAIN.md §9).
/// </summary>
public enum ActorKind
{
    /// <summary>A district party-affairs administrator (区委组织部); scope: a district committee node.</summary>
    DistrictAdmin = 1,

    /// <summary>Street working-committee staff (街道党工委); scope: a street node.</summary>
    StreetStaff = 2,

    /// <summary>Community committee staff (社区党委); scope: a community node.</summary>
    CommunityStaff = 3,

    /// <summary>A compound branch secretary (小区党支部书记); scope: a compound branch node.</summary>
    CompoundSecretary = 4,

    /// <summary>A Red Steward (红色管家) of a compound; scope: a compound branch node.</summary>
    Steward = 5,

    /// <summary>A co-building party (共建单位 or 代表委员); scope: the party itself.</summary>
    CoBuildingParty = 6,

    /// <summary>A resident (居民); scope: the resident themself.</summary>
    Resident = 7,

    /// <summary>The system itself (seeding, migrations, scheduled jobs); unrestricted.</summary>
    System = 8,
}
