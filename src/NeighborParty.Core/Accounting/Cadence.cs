namespace NeighborParty.Accounting;

/// <summary>How often a regular meeting is due.</summary>
public enum Cadence
{
    /// <summary>Once a calendar month.</summary>
    Monthly = 1,

    /// <summary>Once a calendar quarter.</summary>
    Quarterly = 2,

    /// <summary>Once a calendar year.</summary>
    Yearly = 3,
}
