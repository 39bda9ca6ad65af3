using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>The site of an appointment, resolved and checked.</summary>
internal readonly record struct AppointmentSite(OrganizationUnitId? UnitId, PlaceId? PlaceId, PlaceId? CompoundId, string? Grid, HierarchyPath Path);
