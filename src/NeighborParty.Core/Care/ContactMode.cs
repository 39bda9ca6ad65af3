namespace NeighborParty.Care;

/// <summary>How a guardian was in contact.</summary>
public enum ContactMode
{
    /// <summary>A visit at home (上门探访).</summary>
    Visit = 1,

    /// <summary>A telephone call (电话问候).</summary>
    Phone = 2,

    /// <summary>A video call (视频问候).</summary>
    VideoCall = 3,

    /// <summary>A visit at the care home or hospital (机构探望).</summary>
    FacilityVisit = 4,
}
