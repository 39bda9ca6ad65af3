using NeighborParty.Organization;

namespace NeighborParty.Security;

/// <summary>Where an action is aimed: the whole system, a unit or place by its path, a party or a resident.</summary>
/// <remarks>An immutable value; building one allocates nothing.</remarks>
public readonly record struct AccessTarget
{
    private AccessTarget(AccessTargetKind kind, HierarchyPath path, Guid id)
    {
        Kind = kind;
        Path = path;
        Id = id;
    }

    /// <summary>Gets the kind of target (never <see cref="AccessTargetKind.Node"/>).</summary>
    public AccessTargetKind Kind { get; }

    /// <summary>Gets the path of a unit or place target.</summary>
    public HierarchyPath Path { get; }

    /// <summary>Gets the id of a party or resident target.</summary>
    public Guid Id { get; }

    /// <summary>Gets the target "the whole system".</summary>
    public static AccessTarget Global => default;

    /// <summary>Aims at an organisation unit.</summary>
    /// <param name="path">The unit's path.</param>
    /// <returns>The target.</returns>
    public static AccessTarget Unit(HierarchyPath path) => new(AccessTargetKind.Unit, path, Guid.Empty);

    /// <summary>Aims at a place.</summary>
    /// <param name="path">The place's path.</param>
    /// <returns>The target.</returns>
    public static AccessTarget Place(HierarchyPath path) => new(AccessTargetKind.Place, path, Guid.Empty);

    /// <summary>Aims at a co-building party.</summary>
    /// <param name="partyId">The party.</param>
    /// <returns>The target.</returns>
    public static AccessTarget Party(Guid partyId) => new(AccessTargetKind.Party, default, partyId);

    /// <summary>Aims at a resident.</summary>
    /// <param name="residentId">The resident.</param>
    /// <returns>The target.</returns>
    public static AccessTarget Resident(Guid residentId) => new(AccessTargetKind.Resident, default, residentId);
}
