using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>A compound an offering serves. Immutable.</summary>
public sealed class ServedCompound
{
    /// <summary>Initializes a new instance of the <see cref="ServedCompound"/> class.</summary>
    /// <param name="compoundId">The compound.</param>
    public ServedCompound(PlaceId compoundId) => CompoundId = compoundId;

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; }
}
