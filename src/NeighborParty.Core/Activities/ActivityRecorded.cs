using NeighborParty.CoBuilding;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>An activity was recorded.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Title">Its title.</param>
/// <param name="Day">Its day.</param>
/// <param name="CovenantId">The covenant it fulfils, or null.</param>
/// <param name="CommitmentKey">The commitment it counts for, or null.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ActivityRecorded(ActivityId ActivityId, string Kind, string Title, LocalDate Day, CovenantId? CovenantId, Guid? CommitmentKey, Instant OccurredAt)
    : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "activity.recorded";

    string Domain.IAuditedEvent.AuditSummary => $"Recorded activity {ActivityId} ({Kind}) on {Day:uuuu-MM-dd}";
}
