using System.Globalization;
using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Organization.Events;

/// <summary>A place was registered in the tree of places.</summary>
/// <param name="PlaceId">The new place.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="ParentId">Its parent place, or null for a district.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PlaceRegistered(PlaceId PlaceId, PlaceKind Kind, PlaceId? ParentId, string Name, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "place.registered";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Registered {Kind} {Name} ({PlaceId})"+(ParentId is { } p ? $" under {p}" : string.Empty);
}

/// <summary>A place was renamed or its compound details changed.</summary>
/// <param name="PlaceId">The place.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PlaceChanged(PlaceId PlaceId, Instant OccurredAt) : IAuditedEvent
{
    /// <inheritdoc />
    string IAuditedEvent.AuditAction => "place.changed";

    /// <inheritdoc />
    string IAuditedEvent.AuditSummary => $"Changed place {PlaceId}";
}

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
