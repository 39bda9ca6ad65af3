namespace NeighborParty.Activities;

/// <summary>What an activity counts as in the figures.</summary>
public enum ActivityCategory
{
    /// <summary>The regular organisational life of a branch (三会一课, 主题党日, 组织生活会; ML-1…ML-6).</summary>
    OrganisationalLife = 1,

    /// <summary>Co-learning with co-building parties (联学共建).</summary>
    CoLearning = 2,

    /// <summary>Volunteer service (志愿服务), with people and hours.</summary>
    VolunteerService = 3,

    /// <summary>A neighbourhood event (邻里节, 百家宴 …).</summary>
    NeighbourhoodEvent = 4,

    /// <summary>A delivered service order from the menu.</summary>
    ServiceDelivery = 5,

    /// <summary>Anything else a district records.</summary>
    Other = 6,
}
