namespace NeighborParty.Organization;

/// <summary>How a residential compound is managed (DOMAIN.md §2).</summary>
public enum CompoundKind
{
    /// <summary>Served by a property-service company (有物业).</summary>
    WithPropertyService = 1,

    /// <summary>Without a property-service company, self-managed (无物业 / 自管).</summary>
    SelfManaged = 2,

    /// <summary>Mixed commercial and residential (商住综合).</summary>
    MixedUse = 3,

    /// <summary>Open, without walls or gates (开放式).</summary>
    Open = 4,
}
