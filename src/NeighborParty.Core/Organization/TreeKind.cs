namespace NeighborParty.Organization;

/// <summary>Which of the two trees a position is in.</summary>
public enum TreeKind
{
    /// <summary>Not placed in either tree (<see cref="TreePosition.None"/>).</summary>
    None = 0,

    /// <summary>The Party-organisation tree.</summary>
    Unit = 1,

    /// <summary>The tree of places.</summary>
    Place = 2,
}
