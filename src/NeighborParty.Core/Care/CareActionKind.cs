namespace NeighborParty.Care;

/// <summary>What the branch or community does when a case is escalated (CR-5).</summary>
public enum CareActionKind
{
    /// <summary>Getting medical help: an ambulance, a hospital, a family doctor (紧急送医).</summary>
    MedicalHelp = 1,

    /// <summary>Applying for government relief or allowances (申请救助).</summary>
    ReliefApplication = 2,

    /// <summary>Finding and arranging a place in a care home (联系养老机构).</summary>
    CareHomePlacement = 3,

    /// <summary>Adapting the home: handrails, alarms, lighting (适老化改造).</summary>
    HomeAdaptation = 4,

    /// <summary>A joint meeting of the street, community, police, hospital or care home (联席会议).</summary>
    JointMeeting = 5,
}
