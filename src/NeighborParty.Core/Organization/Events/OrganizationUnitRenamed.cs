using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>An organisation unit was renamed.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="OldName">The previous Chinese name.</param>
/// <param name="NewName">The new Chinese name.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record OrganizationUnitRenamed(OrganizationUnitId UnitId, string OldName, string NewName, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "unit.renamed";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Renamed {UnitId} from {OldName} to {NewName}";
}
