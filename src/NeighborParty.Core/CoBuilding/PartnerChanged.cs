using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A partner was registered or changed.</summary>
/// <param name="PartnerId">The partner.</param>
/// <param name="Step">What happened.</param>
/// <param name="Name">Its name.</param>
/// <param name="OccurredAt">When.</param>
public sealed record PartnerChanged(PartnerId PartnerId, string Step, string Name, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "partner." + Step;

    string IAuditedEvent.AuditSummary => $"Partner {Name} ({PartnerId}) {Step}";
}
