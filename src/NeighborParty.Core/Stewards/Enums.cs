namespace NeighborParty.Stewards;

/// <summary>How an appointment came about (TR-5).</summary>
public enum AppointmentBasis
{
    /// <summary>Elected by the member assembly (党员大会), e.g. committee members, or a secretary where there is no committee.</summary>
    ElectedByAssembly = 1,

    /// <summary>Elected by the branch committee, e.g. the secretary and deputy.</summary>
    ElectedByCommittee = 2,

    /// <summary>Elected and approved by (or filed with) the higher organisation.</summary>
    ApprovedByHigher = 3,

    /// <summary>Appointed by the higher organisation where necessary.</summary>
    AppointedByHigher = 4,

    /// <summary>Appointed by the branch (e.g. a group leader, BR-6) or the community (e.g. a building leader or grid worker).</summary>
    AppointedLocally = 5,

    /// <summary>Elected by the owners' assembly (业主大会) to the owners' committee.</summary>
    ElectedByOwners = 6,
}

/// <summary>Why an appointment ended before its term.</summary>
public enum AppointmentEndReason
{
    /// <summary>Resigned (辞职).</summary>
    Resigned = 1,

    /// <summary>Removed (免职、罢免).</summary>
    Removed = 2,

    /// <summary>Moved away or transferred the relationship (调离、转出).</summary>
    MovedAway = 3,

    /// <summary>Died (去世).</summary>
    Died = 4,

    /// <summary>Replaced at an early election (提前换届).</summary>
    ReplacedAtElection = 5,
}

/// <summary>Who holds an appointment.</summary>
public enum HolderKind
{
    /// <summary>A Party member in the ledger.</summary>
    Member = 1,

    /// <summary>A resident who is not (recorded as) a Party member.</summary>
    Resident = 2,
}

/// <summary>How a compound is managed.</summary>
public enum PropertyManagement
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,

    /// <summary>By a property-service company (物业服务企业).</summary>
    PropertyCompany = 1,

    /// <summary>By the owners themselves (自治管理).</summary>
    SelfManaged = 2,

    /// <summary>No management at all (无物业), e.g. an old open compound.</summary>
    None = 3,
}
