using NeighborParty.CoBuilding;

namespace NeighborParty.Activities;

/// <summary>A partner involved in an activity. Immutable.</summary>
public sealed class ActivityPartner
{
    /// <summary>Initializes a new instance of the <see cref="ActivityPartner"/> class.</summary>
    /// <param name="partnerId">The partner.</param>
    public ActivityPartner(PartnerId partnerId) => PartnerId = partnerId;

    /// <summary>Gets the partner.</summary>
    public PartnerId PartnerId { get; }
}
