namespace NeighborParty.Stewards;

/// <summary>Who holds an appointment.</summary>
public enum HolderKind
{
    /// <summary>A Party member in the ledger.</summary>
    Member = 1,

    /// <summary>A resident who is not (recorded as) a Party member.</summary>
    Resident = 2,
}
