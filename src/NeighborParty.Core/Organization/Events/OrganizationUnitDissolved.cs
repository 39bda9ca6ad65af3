using System.Globalization;
using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>An organisation unit was dissolved; it stays in the tree as history.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Dissolved">The date it was dissolved.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record OrganizationUnitDissolved(OrganizationUnitId UnitId, LocalDate Dissolved, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "unit.dissolved";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Dissolved {UnitId} on {Dissolved.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}";
}
