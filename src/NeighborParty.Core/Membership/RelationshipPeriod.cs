using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>A past organisational relationship of a member: which unit (or outside organisation), from when to when.</summary>
public sealed class RelationshipPeriod
{
    private RelationshipPeriod()
    {
    }

    internal RelationshipPeriod(OrganizationUnitId? unitId, string? externalOrganization, LocalDate from, LocalDate to)
    {
        UnitId = unitId;
        ExternalOrganization = externalOrganization;
        From = from;
        To = to;
    }

    /// <summary>Gets the unit, or null for an organisation outside the tree.</summary>
    public OrganizationUnitId? UnitId { get; private set; }

    /// <summary>Gets the outside organisation's name, or null.</summary>
    public string? ExternalOrganization { get; private set; }

    /// <summary>Gets the first day of the relationship.</summary>
    public LocalDate From { get; private set; }

    /// <summary>Gets the day the transfer was received elsewhere.</summary>
    public LocalDate To { get; private set; }
}
