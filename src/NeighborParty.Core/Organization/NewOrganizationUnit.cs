using NodaTime;

namespace NeighborParty.Organization;

/// <summary>What is needed to establish an organisation unit.</summary>
/// <param name="Level">The key of its level in the schema, such as <c>compound</c>.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Places">The places it covers (none for a functional group).</param>
public sealed record NewOrganizationUnit(string Level, OrganizationUnitKind Kind, string Name, IReadOnlyCollection<PlaceId> Places)
{
    /// <summary>Gets the English name, if any.</summary>
    public string? NameEn { get; init; }

    /// <summary>Gets the date it was established; today (in the configured time zone) when null.</summary>
    public LocalDate? Established { get; init; }

    /// <summary>Gets the id to give it; a new one when null.</summary>
    public OrganizationUnitId? Id { get; init; }
}
