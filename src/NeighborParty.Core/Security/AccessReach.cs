namespace NeighborParty.Security;

/// <summary>How far a grant in <see cref="AccessPolicy"/> reaches from the actor's scope.</summary>
public enum AccessReach
{
    /// <summary>The actor's own node and everything below it (reads, adding children).</summary>
    Subtree = 0,

    /// <summary>Strictly below the actor's own node: a unit does not move, dissolve or reshape itself.</summary>
    BelowScope = 1,

    /// <summary>Only the party or resident the actor is (co-building parties, residents).</summary>
    Self = 2,

    /// <summary>Anywhere, and actions on the whole system (e.g. reading the schema).</summary>
    Anywhere = 3,
}
