using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>A period was closed.</summary>
/// <param name="ClosingId">The closing.</param>
/// <param name="PlaceId">The place.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="OccurredAt">When.</param>
public sealed record PeriodClosed(PeriodClosingId ClosingId, PlaceId PlaceId, LocalDate From, LocalDate To, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "period.closed";

    string Domain.IAuditedEvent.AuditSummary => $"Period {From:uuuu-MM-dd}…{To:uuuu-MM-dd} closed";
}
