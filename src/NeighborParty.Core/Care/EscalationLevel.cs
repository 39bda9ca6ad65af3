namespace NeighborParty.Care;

/// <summary>Who answers for a care case (CR-4).</summary>
public enum EscalationLevel
{
    /// <summary>The compound's branch and its secretary.</summary>
    Branch = 1,

    /// <summary>The community (and the street above it).</summary>
    Community = 2,
}
