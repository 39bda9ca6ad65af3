using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>The stored state of a <see cref="Partner"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Category">The kind.</param>
/// <param name="MassOrganisation">Which mass organisation, or null.</param>
/// <param name="ParentBody">The parent body, or null.</param>
/// <param name="ContactName">The contact person, or null.</param>
/// <param name="ContactPhone">The contact phone, or null (personal data).</param>
/// <param name="Home">The place it is registered at.</param>
/// <param name="Registered">When it was registered.</param>
public sealed record PartnerSnapshot(PartnerId Id, string Name, PartnerCategory Category, MassOrganisationKind? MassOrganisation, string? ParentBody,
    string? ContactName, string? ContactPhone, TreePosition Home, Instant Registered);
