using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>A resident (not a member) was entered or changed.</summary>
/// <param name="ResidentId">The resident.</param>
/// <param name="Action">What happened: <c>recorded</c> or <c>changed</c>.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ResidentRecorded(ResidentId ResidentId, string Action, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "resident." + Action;

    string IAuditedEvent.AuditSummary => $"Resident {ResidentId}: {Action}";
}
