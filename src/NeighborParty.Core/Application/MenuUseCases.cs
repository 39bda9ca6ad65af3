using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// The service menu and its orders (按需点单), for an acting <see cref="Actor"/>: a partner publishes and handles its own
/// offerings and orders; the compound's staff order, rate and cancel.
/// </summary>
public sealed class MenuUseCases
{
    private readonly UseCaseContext _context;
    private readonly MenuService _service;
    private readonly IReadRepository<ServiceOffering> _offerings;
    private readonly IReadRepository<ServiceOrder> _orders;
    private readonly IReadRepository<Partner> _partners;

    /// <summary>Initializes a new instance of the <see cref="MenuUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="service">The menu's operations.</param>
    /// <param name="offerings">The offerings.</param>
    /// <param name="orders">The orders.</param>
    /// <param name="partners">The partners.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MenuUseCases(UseCaseContext context, MenuService service, IReadRepository<ServiceOffering> offerings, IReadRepository<ServiceOrder> orders, IReadRepository<Partner> partners)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _offerings = offerings ?? throw new ArgumentNullException(nameof(offerings));
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
    }

    /// <summary>The active offerings, by category, compound served or partner.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="category">A category, or null.</param>
    /// <param name="compound">A compound served, or null.</param>
    /// <param name="partner">A partner, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offerings.</returns>
    public async Task<List<ServiceOffering>> OfferingsAsync(Actor actor, string? category, PlaceId? compound, PartnerId? partner, int skip = 0, int take = 100,
        CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        await _context.Guard(actor).EnsureKindMayAsync(AccessAction.ReadMenu, cancellationToken);
        return await _offerings.ListAsync(new MenuSpec(category, compound, partner, skip: skip, take: take), cancellationToken);
    }

    /// <summary>One offering.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The offering.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offering.</returns>
    public async Task<ServiceOffering> OfferingAsync(Actor actor, OfferingId id, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureKindMayAsync(AccessAction.ReadMenu, cancellationToken);
        return await _service.GetOfferingAsync(id, cancellationToken);
    }

    /// <summary>Publishes an offering on a partner's menu (the partner itself, or staff of its place).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="details">The offering.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offering.</returns>
    public Task<ServiceOffering> PublishAsync(Actor actor, PartnerId partner, OfferingDetails details, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var who = await CoBuildingAccess.EnsurePartnerOrStaffAsync(_context.Guard(actor), _partners, partner, AccessAction.ManageCoBuilding, ct);
            return await _service.PublishAsync(who.Id, details, ct);
        }, cancellationToken);

    /// <summary>Changes an offering, or withdraws it.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The offering.</param>
    /// <param name="details">The offering.</param>
    /// <param name="active">Whether it stays on the menu.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offering.</returns>
    public Task<ServiceOffering> ChangeOfferingAsync(Actor actor, OfferingId id, OfferingDetails details, bool active, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureKindMayAsync(AccessAction.ReadMenu, ct);
            var offering = await _service.GetOfferingAsync(id, ct);
            await CoBuildingAccess.EnsurePartnerOrStaffAsync(guard, _partners, offering.PartnerId, AccessAction.ManageCoBuilding, ct);
            return await _service.ChangeOfferingAsync(offering.Id, details, active, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>The orders of a place's compounds, or of a partner (give one).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place, or null.</param>
    /// <param name="partner">The partner, or null.</param>
    /// <param name="state">One state, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The orders.</returns>
    public async Task<List<ServiceOrder>> OrdersAsync(Actor actor, PlaceId? place, PartnerId? partner, OrderState? state, int skip = 0, int take = 100,
        CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        var guard = _context.Guard(actor);
        var spec = place is { } p
            ? new OrdersSpec(await guard.EnsurePlacePathAsync(AccessAction.ReadCoBuilding, p, cancellationToken), state, skip, take)
            : new OrdersSpec((await CoBuildingAccess.EnsurePartnerOrStaffAsync(guard, _partners, partner ?? throw new ArgumentNullException(nameof(partner)),
                AccessAction.ReadCoBuilding, cancellationToken)).Id, state, skip, take);
        return await _orders.ListAsync(spec, cancellationToken);
    }

    /// <summary>One order.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> OrderAsync(Actor actor, ServiceOrderId id, CancellationToken cancellationToken = default) => ReadOrderAsync(_context.Guard(actor), id, cancellationToken);

    /// <summary>Orders a service for a compound of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="offering">The offering.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="needs">What is needed.</param>
    /// <param name="wanted">The day wanted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> PlaceOrderAsync(Actor actor, OfferingId offering, PlaceId compound, string needs, LocalDate wanted, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ManageCoBuilding, compound, ct);
            return await _service.OrderAsync(offering, compound, needs, wanted, ct);
        }, cancellationToken);

    /// <summary>Accepts an order (the partner, or the compound's staff): books a unit of capacity.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The order.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> AcceptAsync(Actor actor, ServiceOrderId id, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, partnerSide: true, ct => _service.AcceptAsync(id, expectedVersion, ct), cancellationToken);

    /// <summary>Declines an order, with a reason.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The order.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> DeclineAsync(Actor actor, ServiceOrderId id, string reason, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, partnerSide: true, ct => _service.DeclineAsync(id, reason, expectedVersion, ct), cancellationToken);

    /// <summary>Schedules (or moves) an accepted order.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The order.</param>
    /// <param name="day">The day.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> ScheduleAsync(Actor actor, ServiceOrderId id, LocalDate day, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, partnerSide: true, ct => _service.ScheduleAsync(id, day, expectedVersion, ct), cancellationToken);

    /// <summary>Records the delivery.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The order.</param>
    /// <param name="day">The day.</param>
    /// <param name="participants">How many took part, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> DeliverAsync(Actor actor, ServiceOrderId id, LocalDate day, int? participants, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, partnerSide: true, ct => _service.DeliverAsync(id, day, participants, expectedVersion, ct), cancellationToken);

    /// <summary>Rates a delivered order (the compound's staff).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The order.</param>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> RateAsync(Actor actor, ServiceOrderId id, int rating, string? comment, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, partnerSide: false, ct => _service.RateAsync(id, rating, comment, expectedVersion, ct), cancellationToken);

    /// <summary>Cancels the order before delivery (the compound's staff).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The order.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    public Task<ServiceOrder> CancelAsync(Actor actor, ServiceOrderId id, string reason, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, partnerSide: false, ct => _service.CancelAsync(id, reason, expectedVersion, ct), cancellationToken);

    private Task<ServiceOrder> StepAsync(Actor actor, ServiceOrderId id, bool partnerSide, Func<CancellationToken, Task<ServiceOrder>> step, CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await CoBuildingAccess.EnsureAnyKindAsync(guard, partnerSide ? [AccessAction.ManageCoBuilding, AccessAction.ActAsParty] : [AccessAction.ManageCoBuilding], ct);
            var order = await ReadOrderAsync(guard, id, ct);
            var compoundSide = await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(order.CompoundPath), ct);
            if (!compoundSide && !(partnerSide && await CoBuildingAccess.IsPartyAsync(guard, order.PartnerId, ct)))
            {
                throw await CoBuildingAccess.ForbiddenAsync(guard, partnerSide ? AccessAction.ActAsParty : AccessAction.ManageCoBuilding, ct);
            }

            return await step(ct);
        }, cancellationToken);

    private async Task<ServiceOrder> ReadOrderAsync(AccessGuard guard, ServiceOrderId id, CancellationToken cancellationToken)
    {
        await CoBuildingAccess.EnsureReaderAsync(guard, cancellationToken);
        var order = await _orders.GetByIdAsync(id, cancellationToken);
        return order is not null && (await guard.AllowsAsync(AccessAction.ReadCoBuilding, AccessTarget.Place(order.CompoundPath), cancellationToken)
            || await CoBuildingAccess.IsPartyAsync(guard, order.PartnerId, cancellationToken))
            ? order : throw CoBuildingAccess.NotFound("order", id.Value);
    }
}
