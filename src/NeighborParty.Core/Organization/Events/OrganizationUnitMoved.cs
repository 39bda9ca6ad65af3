using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>An organisation unit (with its subtree) was moved under another parent.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="OldParentId">The previous parent.</param>
/// <param name="NewParentId">The new parent.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record OrganizationUnitMoved(OrganizationUnitId UnitId, OrganizationUnitId? OldParentId, OrganizationUnitId NewParentId, Instant OccurredAt) : IAuditedEvent
{
    /// <summary>Gets the unit's path before the move (its whole subtree was under it).</summary>
    public HierarchyPath OldPath { get; init; }

    /// <summary>Gets the unit's path after the move; everything below the old path is now below this one.</summary>
    public HierarchyPath NewPath { get; init; }

    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "unit.moved";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Moved {UnitId} from {OldParentId} to {NewParentId}";
}
