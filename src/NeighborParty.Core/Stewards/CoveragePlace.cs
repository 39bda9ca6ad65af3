using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>A place named in a report.</summary>
/// <param name="Id">The place.</param>
/// <param name="Name">Its name.</param>
/// <param name="CompoundId">Its compound.</param>
/// <param name="CompoundName">The compound's name.</param>
public sealed record CoveragePlace(PlaceId Id, string Name, PlaceId CompoundId, string CompoundName);
