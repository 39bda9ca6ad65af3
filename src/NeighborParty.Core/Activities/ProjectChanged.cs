using NodaTime;

namespace NeighborParty.Activities;

/// <summary>A project changed state.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="State">The new state.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ProjectChanged(ProjectId ProjectId, ProjectState State, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "project." + State.ToString().ToLowerInvariant();

    string Domain.IAuditedEvent.AuditSummary => $"Project {ProjectId}: {State}";
}
