namespace NeighborParty.Stewards;

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
