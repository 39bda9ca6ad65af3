using System.Globalization;
using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>An organisation unit was established (a root created or a child added).</summary>
/// <param name="UnitId">The new unit.</param>
/// <param name="ParentId">Its parent, or null for a root.</param>
/// <param name="Level">Its level key.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Established">The date it was established.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record OrganizationUnitEstablished(OrganizationUnitId UnitId, OrganizationUnitId? ParentId, string Level,
    OrganizationUnitKind Kind, string Name, LocalDate Established, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "unit.established";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Established {Kind} {Name} ({UnitId}) at level {Level} on {Established.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}";
}
