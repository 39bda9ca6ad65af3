using NeighborParty.Domain;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

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
