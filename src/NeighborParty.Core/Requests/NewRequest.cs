using NeighborParty.Membership;
using NeighborParty.Organization;

namespace NeighborParty.Requests;

/// <summary>A request as received.</summary>
/// <param name="Category">The category's key.</param>
/// <param name="Channel">The channel's key.</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="Description">What is wrong (1–4,000 characters, no markup).</param>
/// <param name="ResidentId">The resident, or null when anonymous.</param>
/// <param name="BuildingId">The building, or null.</param>
/// <param name="Latitude">The latitude, or null.</param>
/// <param name="Longitude">The longitude, or null.</param>
/// <param name="IsPublic">Whether others than the resident may see it.</param>
/// <param name="Media">Up to 10 media links, or null.</param>
/// <param name="Attributes">Answers to the category's attributes (code → value), or null.</param>
public sealed record NewRequest(string Category, string Channel, PlaceId CompoundId, string Description, ResidentId? ResidentId = null, PlaceId? BuildingId = null,
    double? Latitude = null, double? Longitude = null, bool IsPublic = false, IReadOnlyList<string>? Media = null, IReadOnlyDictionary<string, string>? Attributes = null);
