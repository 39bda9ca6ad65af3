using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>What to record about a partner.</summary>
/// <param name="Name">The name (1–100 characters).</param>
/// <param name="Category">The kind.</param>
/// <param name="HomePlaceId">The district, street or community it is registered at.</param>
/// <param name="MassOrganisation">Which mass organisation; required for <see cref="PartnerCategory.MassOrganisation"/>.</param>
/// <param name="ParentBody">The parent body, or null.</param>
/// <param name="ContactName">The contact person, or null.</param>
/// <param name="ContactPhone">The contact phone, or null.</param>
public sealed record PartnerDetails(string Name, PartnerCategory Category, PlaceId HomePlaceId, MassOrganisationKind? MassOrganisation = null,
    string? ParentBody = null, string? ContactName = null, string? ContactPhone = null);
