using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// The service menu (服务菜单) and its orders (按需点单): publishing offerings, and taking an order from ordered to rated.
/// An order and its offering's capacity change in one commit, so a concurrent accept of the last unit fails whole.
/// </summary>
/// <remarks>The offering and the order check their own rules; a refused call changes nothing. Scoped.</remarks>
public sealed class MenuService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<ServiceOffering> _offerings;
    private readonly IRepository<ServiceOrder> _orders;
    private readonly IReadRepository<Partner> _partners;
    private readonly IReadRepository<Covenant> _covenants;
    private readonly IReadRepository<Place> _places;
    private readonly CoBuildingLookups _context;

    /// <summary>Initializes a new instance of the <see cref="MenuService"/> class.</summary>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <param name="offerings">The offerings.</param>
    /// <param name="orders">The orders.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="covenants">The covenants.</param>
    /// <param name="places">The places.</param>
    /// <param name="actors">Who acts (stamped on order steps).</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MenuService(IUnitOfWork work, IRepository<ServiceOffering> offerings, IRepository<ServiceOrder> orders, IReadRepository<Partner> partners,
        IReadRepository<Covenant> covenants, IReadRepository<Place> places, IActorAccessor actors, NeighborPartyOptions options, IClock clock)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _offerings = offerings ?? throw new ArgumentNullException(nameof(offerings));
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _context = new CoBuildingLookups(work, actors, options, clock);
    }

    /// <summary>Publishes an offering on a partner's menu.</summary>
    /// <param name="partnerId">The partner.</param>
    /// <param name="details">What is offered.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Unknown partner, compound or covenant (<c>NP-COB-002</c>), or see <see cref="ServiceOffering.Publish"/>.</exception>
    public Task<ServiceOffering> PublishAsync(PartnerId partnerId, OfferingDetails details, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var partner = await CoBuildingLookups.LoadAsync(_partners, partnerId, "partner", ct);
            var covenant = await CheckReferencesAsync(details, ct);
            var offering = ServiceOffering.Publish(OfferingId.New(), partner, details, _context.Options.CoBuilding, covenant, _context.Now);
            _offerings.Add(offering);
            return offering;
        }, cancellationToken);

    /// <summary>Changes an offering, or withdraws it from the menu (orders already taken stand).</summary>
    /// <param name="id">The offering.</param>
    /// <param name="details">What is offered.</param>
    /// <param name="active">Whether it stays on the menu.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="RuleViolationException">Unknown (<c>NP-COB-002</c>), or see <see cref="ServiceOffering.Change"/>.</exception>
    public Task<ServiceOffering> ChangeOfferingAsync(OfferingId id, OfferingDetails details, bool active, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var offering = await GetOfferingAsync(id, ct);
            offering.EnsureVersion(expectedVersion, "offering");
            offering.Change(details, active, _context.Options.CoBuilding, await CheckReferencesAsync(details, ct), _context.Now);
            _offerings.Update(offering);
            return offering;
        }, cancellationToken);

    /// <summary>Returns an offering.</summary>
    /// <param name="id">The offering.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="RuleViolationException">No such offering (<c>NP-COB-002</c>).</exception>
    public Task<ServiceOffering> GetOfferingAsync(OfferingId id, CancellationToken cancellationToken = default) =>
        CoBuildingLookups.LoadAsync(_offerings, id, "offering", cancellationToken);

    /// <summary>Orders from the menu for a compound (按需点单).</summary>
    /// <param name="offeringId">The offering.</param>
    /// <param name="compoundId">The compound.</param>
    /// <param name="needs">What the residents need (1–100 characters).</param>
    /// <param name="wanted">The day wanted (from today).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">See <see cref="ServiceOrder.Place"/>.</exception>
    public Task<ServiceOrder> OrderAsync(OfferingId offeringId, PlaceId compoundId, string needs, LocalDate wanted, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            var offering = await GetOfferingAsync(offeringId, ct);
            var compound = await _places.GetByIdAsync(compoundId, ct)
                ?? throw CoBuildingRules.Fail(CoBuildingRules.OrderStep, $"{compoundId} is not {PlaceWords.A(_context.Options.Schema, PlaceKind.Compound)}.",
                    $"{compoundId} 不是{PlaceWords.Zh(_context.Options.Schema, PlaceKind.Compound)}。", "compoundId", RuleViolationKind.NotFound);
            var order = ServiceOrder.Place(ServiceOrderId.New(), offering, compound, needs, wanted, _context.Today, _context.ActorId, _context.Now, _context.Options.Schema);
            _orders.Add(order);
            return order;
        }, cancellationToken);

    /// <summary>Accepts an order, booking a unit of the offering's capacity in the period of the day wanted.</summary>
    /// <param name="id">The order.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">See <see cref="ServiceOrder.Accept"/>; <c>NP-CON-002</c> when someone changed the order or the offering meanwhile (nothing is stored).</exception>
    public Task<ServiceOrder> AcceptAsync(ServiceOrderId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeOrderAsync(id, expectedVersion, (order, offering) =>
        {
            order.Accept(offering, _context.ActorId, _context.Now);
            return true;
        }, cancellationToken);

    /// <summary>Declines an order that has not been accepted.</summary>
    /// <param name="id">The order.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">See <see cref="ServiceOrder.Decline"/>.</exception>
    public Task<ServiceOrder> DeclineAsync(ServiceOrderId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeOrderAsync(id, expectedVersion, (order, _) =>
        {
            order.Decline(reason, _context.ActorId, _context.Now);
            return false;
        }, cancellationToken);

    /// <summary>Schedules an accepted order (or moves its date), keeping its booking in the period of the new day.</summary>
    /// <param name="id">The order.</param>
    /// <param name="day">The day (from today).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">See <see cref="ServiceOrder.Schedule"/>.</exception>
    public Task<ServiceOrder> ScheduleAsync(ServiceOrderId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeOrderAsync(id, expectedVersion, (order, offering) =>
        {
            var before = order.BookedPeriod;
            order.Schedule(offering, day, _context.Today, _context.ActorId, _context.Now);
            return order.BookedPeriod != before;
        }, cancellationToken);

    /// <summary>Records the delivery of a scheduled order (the activity ledger and a covenant commitment it serves count it, in the same commit).</summary>
    /// <param name="id">The order.</param>
    /// <param name="day">The day delivered (not after today).</param>
    /// <param name="participants">How many took part (0–100,000), or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">See <see cref="ServiceOrder.Deliver"/>.</exception>
    public Task<ServiceOrder> DeliverAsync(ServiceOrderId id, LocalDate day, int? participants = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeOrderAsync(id, expectedVersion, (order, _) =>
        {
            order.Deliver(day, participants, _context.Today, _context.ActorId, _context.Now);
            return false;
        }, cancellationToken);

    /// <summary>Rates a delivered order (1–5, with a comment).</summary>
    /// <param name="id">The order.</param>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment (1–100 characters), or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">See <see cref="ServiceOrder.Rate"/>.</exception>
    public Task<ServiceOrder> RateAsync(ServiceOrderId id, int rating, string? comment = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeOrderAsync(id, expectedVersion, (order, _) =>
        {
            order.Rate(rating, comment, _context.ActorId, _context.Now);
            return false;
        }, cancellationToken);

    /// <summary>Cancels an order before delivery; a booked unit of capacity is given back.</summary>
    /// <param name="id">The order.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">See <see cref="ServiceOrder.Cancel"/>.</exception>
    public Task<ServiceOrder> CancelAsync(ServiceOrderId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeOrderAsync(id, expectedVersion, (order, offering) => order.Cancel(offering, reason, _context.ActorId, _context.Now), cancellationToken);

    /// <summary>Returns an order.</summary>
    /// <param name="id">The order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">No such order (<c>NP-COB-002</c>).</exception>
    public Task<ServiceOrder> GetOrderAsync(ServiceOrderId id, CancellationToken cancellationToken = default) =>
        CoBuildingLookups.LoadAsync(_orders, id, "order", cancellationToken);

    /// <summary>Loads an order and its offering, applies a step, and stages the order (and the offering when the step changed its bookings).</summary>
    private Task<ServiceOrder> ChangeOrderAsync(ServiceOrderId id, long? expectedVersion, Func<ServiceOrder, ServiceOffering, bool> step, CancellationToken cancellationToken) =>
        _work.ExecuteAsync(async ct =>
        {
            var order = await GetOrderAsync(id, ct);
            order.EnsureVersion(expectedVersion, "order");
            var offering = await GetOfferingAsync(order.OfferingId, ct);
            if (step(order, offering))
            {
                _offerings.Update(offering);
            }

            _orders.Update(order);
            return order;
        }, cancellationToken);

    private async Task<Covenant?> CheckReferencesAsync(OfferingDetails details, CancellationToken cancellationToken)
    {
        foreach (var compound in (details.Compounds ?? []).Distinct())
        {
            CoBuildingRules.CheckCompound(await CoBuildingLookups.CompoundAsync(_places, compound, "compounds", _context.Options.Schema, cancellationToken), "compounds", _context.Options.Schema);
        }

        return details.CovenantId is { } covenant ? await CoBuildingLookups.LoadAsync(_covenants, covenant, "covenant", cancellationToken) : null;
    }
}
