namespace NeighborParty.Membership;

/// <summary>Gender, as written in the ID-card number.</summary>
public enum Gender
{
    /// <summary>男.</summary>
    Male = 1,

    /// <summary>女.</summary>
    Female = 2,
}
