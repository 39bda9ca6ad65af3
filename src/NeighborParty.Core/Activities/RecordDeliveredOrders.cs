using NeighborParty.CoBuilding;
using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;

namespace NeighborParty.Activities;

/// <summary>
/// Records every delivered service order as an activity of the ledger (kind <c>service-delivery</c>), at the compound
/// served, organised by the branch covering it, with the partner and the participants. With the EF Core store this
/// runs in the same transaction as the delivery.
/// </summary>
internal sealed class RecordDeliveredOrders : IDomainEventHandler<ServiceOrderDelivered>
{
    private readonly ActivityLedger _ledger;
    private readonly IRepository<Activity> _activities;
    private readonly IReadRepository<ServiceOffering> _offerings;
    private readonly IAggregateQueries _queries;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;

    /// <summary>Initializes a new instance of the <see cref="RecordDeliveredOrders"/> class.</summary>
    /// <param name="ledger">The activity ledger.</param>
    /// <param name="activities">The activity repository.</param>
    /// <param name="offerings">The offering repository.</param>
    /// <param name="queries">The store's queries (a compound's branch is found from the place's coverage row).</param>
    /// <param name="places">The places (to find a compound's branch under any schema).</param>
    /// <param name="options">The library settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecordDeliveredOrders(ActivityLedger ledger, IRepository<Activity> activities, IReadRepository<ServiceOffering> offerings, IAggregateQueries queries,
        IReadRepository<Place> places, NeighborPartyOptions options)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _activities = activities ?? throw new ArgumentNullException(nameof(activities));
        _offerings = offerings ?? throw new ArgumentNullException(nameof(offerings));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _queries = queries ?? throw new ArgumentNullException(nameof(queries));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <inheritdoc />
    public async Task HandleAsync(ServiceOrderDelivered domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var offering = await _offerings.GetByIdAsync(domainEvent.OfferingId, cancellationToken);
        var branch = (await BranchLookup.OfCompoundAsync(_queries, _places, _options.Schema, domainEvent.CompoundId, cancellationToken)).FirstOrDefault();
        var activity = await _ledger.CheckAsync(new NewActivity(ActivityPolicy.ServiceDeliveryKey, offering?.Title ?? "服务订单交付", domainEvent.CompoundId,
            domainEvent.Day.AtStartOfDayInZone(_options.TimeZone), domainEvent.Participants ?? 0, branch?.Id, Partners: [domainEvent.PartnerId],
            Links: new ActivityLinks(offering?.CovenantId, domainEvent.OrderId)), cancellationToken);
        _activities.Add(activity);
    }
}
