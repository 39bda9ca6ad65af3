using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>A project as planned.</summary>
/// <param name="Title">The title (1–100 characters).</param>
/// <param name="UnitId">The organising unit.</param>
/// <param name="PlaceId">The place it serves.</param>
/// <param name="PlannedOn">The day it was planned (not in the future).</param>
/// <param name="Partners">The co-building parties, or null.</param>
/// <param name="Requests">The requests it answers, or null.</param>
public sealed record NewProject(string Title, OrganizationUnitId UnitId, PlaceId PlaceId, LocalDate PlannedOn, IReadOnlyList<PartnerId>? Partners = null,
    IReadOnlyList<RequestId>? Requests = null);
