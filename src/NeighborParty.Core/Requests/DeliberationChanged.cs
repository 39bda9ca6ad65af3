using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A deliberation changed state.</summary>
/// <param name="DeliberationId">The deliberation.</param>
/// <param name="Step">convened, opened, decided, closed or cancelled.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DeliberationChanged(DeliberationId DeliberationId, string Step, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "deliberation." + Step;

    string Domain.IAuditedEvent.AuditSummary => $"Deliberation {DeliberationId}: {Step}";
}
