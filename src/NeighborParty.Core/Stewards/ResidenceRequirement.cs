namespace NeighborParty.Stewards;

/// <summary>Where the holder must live or be registered.</summary>
public enum ResidenceRequirement
{
    /// <summary>Anywhere.</summary>
    None = 0,

    /// <summary>Lives in, or is registered (报到) to, the compound of the site.</summary>
    LivesOrRegistered = 1,

    /// <summary>Registered to the compound: a member who registered (报到) there, or whose relationship is in the branch covering it and who lives there; a resident of it.</summary>
    Registered = 2,
}
