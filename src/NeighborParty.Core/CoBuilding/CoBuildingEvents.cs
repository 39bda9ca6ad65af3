using NeighborParty.Domain;
using NeighborParty.Organization;
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

/// <summary>A service order was delivered: the activity ledger records it, and a covenant commitment it serves counts it.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="OfferingId">The offering.</param>
/// <param name="PartnerId">The partner who delivered.</param>
/// <param name="CompoundId">The compound served.</param>
/// <param name="Day">The day delivered.</param>
/// <param name="Participants">How many took part, or null.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ServiceOrderDelivered(ServiceOrderId OrderId, OfferingId OfferingId, PartnerId PartnerId, PlaceId CompoundId, LocalDate Day, int? Participants,
    Instant OccurredAt) : IDomainEvent;
