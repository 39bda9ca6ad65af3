using NeighborParty.CoBuilding;

namespace NeighborParty.Activities;

/// <summary>A co-building party of a project.</summary>
public sealed class ProjectPartner
{
    /// <summary>Initializes a new instance of the <see cref="ProjectPartner"/> class.</summary>
    /// <param name="partnerId">The partner.</param>
    public ProjectPartner(PartnerId partnerId) => PartnerId = partnerId;

    /// <summary>Gets the partner.</summary>
    public PartnerId PartnerId { get; }
}
