using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// Counts a delivered order against the covenant commitment its offering delivers (one unit), when that covenant was
/// in force on the day of delivery. Runs in the delivery's commit.
/// </summary>
internal sealed class FulfilCommitmentsOnDelivery : IDomainEventHandler<ServiceOrderDelivered>
{
    private readonly IReadRepository<ServiceOffering> _offerings;
    private readonly IRepository<Covenant> _covenants;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="FulfilCommitmentsOnDelivery"/> class.</summary>
    /// <param name="offerings">The offering repository.</param>
    /// <param name="covenants">The covenant repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FulfilCommitmentsOnDelivery(IReadRepository<ServiceOffering> offerings, IRepository<Covenant> covenants, NeighborPartyOptions options, IClock clock)
    {
        _offerings = offerings ?? throw new ArgumentNullException(nameof(offerings));
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <inheritdoc />
    public async Task HandleAsync(ServiceOrderDelivered domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var offering = await _offerings.GetByIdAsync(domainEvent.OfferingId, cancellationToken);
        if (offering?.CovenantId is not { } covenantId || offering.CommitmentKey is not { } key
            || await _covenants.GetByIdAsync(covenantId, cancellationToken) is not { } covenant || !covenant.Counts(key, domainEvent.Day))
        {
            return; // delivered outside a covenant in force: the order still counts as an activity
        }

        covenant.RecordFulfilment(key, 1, domainEvent.Day, FulfilmentSource.Order, domainEvent.OrderId.Value, null, _clock.Today(_options), _clock.GetCurrentInstant());
        _covenants.Update(covenant);
    }
}
