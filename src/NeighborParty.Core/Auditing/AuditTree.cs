namespace NeighborParty.Auditing;

/// <summary>The tree an audit entry is filed under.</summary>
public enum AuditTree
{
    /// <summary>The Party-organisation tree.</summary>
    Unit = 1,

    /// <summary>The tree of places.</summary>
    Place = 2,
}
