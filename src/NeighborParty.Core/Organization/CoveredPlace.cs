namespace NeighborParty.Organization;

/// <summary>One place covered by an organisation unit (a row of the unit's coverage). Immutable.</summary>
public sealed class CoveredPlace
{
    /// <summary>Initializes a new instance of the <see cref="CoveredPlace"/> class.</summary>
    /// <param name="placeId">The place.</param>
    public CoveredPlace(PlaceId placeId) => PlaceId = placeId;

    /// <summary>Gets the place.</summary>
    public PlaceId PlaceId { get; }
}
