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
