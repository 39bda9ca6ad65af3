namespace NeighborParty.Organization;

/// <summary>One place covered by an organisation unit (a row of the unit's coverage).</summary>
internal sealed class CoveredPlace
{
    public CoveredPlace(PlaceId placeId) => PlaceId = placeId;

    public PlaceId PlaceId { get; private set; }
}
