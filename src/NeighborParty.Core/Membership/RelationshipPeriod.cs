using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>A past organisational relationship of a member: which unit (or outside organisation), from when to when. Immutable.</summary>
public sealed class RelationshipPeriod
{
    /// <summary>Initializes a new instance of the <see cref="RelationshipPeriod"/> class.</summary>
    /// <param name="unitId">The unit, or null for an organisation outside the tree.</param>
    /// <param name="externalOrganization">The outside organisation's name, or null.</param>
    /// <param name="from">The first day of the relationship.</param>
    /// <param name="to">The day the transfer was received elsewhere.</param>
    public RelationshipPeriod(OrganizationUnitId? unitId, string? externalOrganization, LocalDate from, LocalDate to)
    {
        UnitId = unitId;
        ExternalOrganization = externalOrganization;
        From = from;
        To = to;
    }

    /// <summary>Gets the unit, or null for an organisation outside the tree.</summary>
    public OrganizationUnitId? UnitId { get; }

    /// <summary>Gets the outside organisation's name, or null.</summary>
    public string? ExternalOrganization { get; }

    /// <summary>Gets the first day of the relationship.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the day the transfer was received elsewhere.</summary>
    public LocalDate To { get; }
}
