using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A step of an offering, order, position, team or motion.</summary>
/// <param name="Subject">What: <c>offering</c>, <c>order</c>, <c>position</c>, <c>team</c> or <c>motion</c>.</param>
/// <param name="Id">Its id.</param>
/// <param name="Step">What happened.</param>
/// <param name="Title">Its title or name.</param>
/// <param name="OccurredAt">When.</param>
public sealed record CoBuildingChanged(string Subject, Guid Id, string Step, string Title, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => Subject + "." + Step;

    string IAuditedEvent.AuditSummary => $"{Subject} {Id} {Step}";
}
