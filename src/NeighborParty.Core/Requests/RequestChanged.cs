using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A request moved to a new state.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="State">The new state.</param>
/// <param name="OccurredAt">When.</param>
public sealed record RequestChanged(RequestId RequestId, RequestState State, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "request." + State.ToString().ToLowerInvariant();

    string Domain.IAuditedEvent.AuditSummary => $"Request {RequestId}: {State}";
}
