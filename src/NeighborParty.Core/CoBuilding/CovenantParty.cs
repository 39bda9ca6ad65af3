namespace NeighborParty.CoBuilding;

/// <summary>A partner party to a covenant. Immutable.</summary>
public sealed class CovenantParty
{
    /// <summary>Initializes a new instance of the <see cref="CovenantParty"/> class.</summary>
    /// <param name="partnerId">The partner.</param>
    public CovenantParty(PartnerId partnerId) => PartnerId = partnerId;

    /// <summary>Gets the partner.</summary>
    public PartnerId PartnerId { get; }
}
