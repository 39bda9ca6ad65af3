namespace NeighborParty.Security;

/// <summary>What an <see cref="AccessAction"/> is aimed at.</summary>
public enum AccessTargetKind
{
    /// <summary>Nothing in particular: the whole system (e.g. the schema, a new district).</summary>
    Global = 0,

    /// <summary>A node of the organisation tree.</summary>
    Unit = 1,

    /// <summary>A node of the tree of places.</summary>
    Place = 2,

    /// <summary>A node of either tree (e.g. the audit trail of a subtree).</summary>
    Node = 3,

    /// <summary>A co-building party (only the party itself).</summary>
    Party = 4,

    /// <summary>A resident (only the resident themself).</summary>
    Resident = 5,
}
