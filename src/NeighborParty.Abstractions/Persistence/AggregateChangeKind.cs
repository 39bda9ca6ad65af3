namespace NeighborParty.Persistence;

/// <summary>What a commit does to one aggregate.</summary>
public enum AggregateChangeKind
{
    /// <summary>Stores a new aggregate (version 1); refused if its key is taken.</summary>
    Added = 1,

    /// <summary>Stores the aggregate's new state, if the stored version is the expected one.</summary>
    Updated = 2,

    /// <summary>Deletes the aggregate, if the stored version is the expected one.</summary>
    Removed = 3,
}
