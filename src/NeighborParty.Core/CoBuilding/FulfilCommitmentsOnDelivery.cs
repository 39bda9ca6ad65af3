using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.CoBuilding;

/// <summary>
/// Counts a delivered order against the covenant commitment its offering delivers (one unit), when that covenant was
/// in force on the day. With the EF Core store this runs in the same transaction as the delivery.
/// </summary>
public sealed class FulfilCommitmentsOnDelivery : IDomainEventHandler<ServiceOrderDelivered>
{
    private readonly IRepository<ServiceOffering> _offerings;
    private readonly IRepository<Covenant> _covenants;
    private readonly CoBuildingService _service;

    /// <summary>Initializes a new instance of the <see cref="FulfilCommitmentsOnDelivery"/> class.</summary>
    /// <param name="offerings">The offering repository.</param>
    /// <param name="covenants">The covenant repository.</param>
    /// <param name="service">The co-building service (its fulfilment rules).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FulfilCommitmentsOnDelivery(IRepository<ServiceOffering> offerings, IRepository<Covenant> covenants, CoBuildingService service)
    {
        _offerings = offerings ?? throw new ArgumentNullException(nameof(offerings));
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <inheritdoc />
    public async Task HandleAsync(ServiceOrderDelivered domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var offering = await _offerings.GetByIdAsync(domainEvent.OfferingId, cancellationToken);
        if (offering?.CovenantId is not { } covenantId || offering.CommitmentKey is not { } key
            || await _covenants.GetByIdAsync(covenantId, cancellationToken) is not { } covenant
            || covenant.StatusOn(domainEvent.Day) != CovenantStatus.InForce
            || !covenant.CommitmentsOf(covenant.Effective!.Number).Any(c => c.Key == key))
        {
            return; // delivered outside a covenant in force: the order still counts as an activity
        }

        _service.Fulfil(covenant, key, 1, domainEvent.Day, FulfilmentSource.Order, domainEvent.OrderId.Value, null);
        _covenants.Update(covenant);
    }
}
