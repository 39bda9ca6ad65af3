using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>The places an organisation unit covers changed.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Added">The places newly covered.</param>
/// <param name="Removed">The places no longer covered.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record OrganizationUnitCoverageChanged(OrganizationUnitId UnitId, IReadOnlyList<PlaceId> Added, IReadOnlyList<PlaceId> Removed, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "unit.coverage-changed";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Coverage of {UnitId}: added [{string.Join(", ", Added)}], removed [{string.Join(", ", Removed)}]";
}
