using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>
/// A public request as anyone may read it (the Open311 list, a public board): what was asked, where, its state and
/// dates, and who is responsible; never who asked. Read as one projection, without building the aggregate.
/// </summary>
/// <param name="Id">The request.</param>
/// <param name="Category">The category key.</param>
/// <param name="State">The state.</param>
/// <param name="Description">What was asked.</param>
/// <param name="AssigneeName">Who it is assigned to, or null.</param>
/// <param name="Outcome">The resolution or the reason it was declined, or null.</param>
/// <param name="DuplicateOf">The request it duplicates, or null.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="DueAt">When it is due by its category's time limit.</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="BuildingId">The building, or null.</param>
/// <param name="Latitude">The latitude given, or null.</param>
/// <param name="Longitude">The longitude given, or null.</param>
/// <param name="MediaUrl">The first photo's link, or null.</param>
public sealed record PublicRequest(RequestId Id, string Category, RequestState State, string Description, string? AssigneeName, string? Outcome, RequestId? DuplicateOf,
    Instant ReceivedAt, Instant UpdatedAt, Instant DueAt, PlaceId CompoundId, PlaceId? BuildingId, double? Latitude, double? Longitude, string? MediaUrl)
{
    /// <summary>Gets a value indicating whether the request is still open (received, accepted, assigned or in progress).</summary>
    public bool IsOpen => ResidentRequest.IsOpenState(State);

    /// <summary>Gets the compound's name (filled by <see cref="Application.RequestUseCases.PublicAsync"/>).</summary>
    public string? CompoundName { get; init; }

    /// <summary>Gets the building's name, or null (filled by <see cref="Application.RequestUseCases.PublicAsync"/>).</summary>
    public string? BuildingName { get; init; }
}
