using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A step in a covenant's life: drafted, submitted, signed, amended, withdrawn, terminated, renewed, fulfilled.</summary>
/// <param name="CovenantId">The covenant.</param>
/// <param name="Step">What happened.</param>
/// <param name="Version">The version concerned.</param>
/// <param name="OccurredAt">When.</param>
public sealed record CovenantChanged(CovenantId CovenantId, string Step, int Version, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "covenant." + Step;

    string IAuditedEvent.AuditSummary => $"Covenant {CovenantId} version {Version}: {Step}";
}
