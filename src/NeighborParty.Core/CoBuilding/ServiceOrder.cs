using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// A compound's order from the menu (按需点单): ordered → accepted or declined → scheduled → delivered → rated, or
/// cancelled before delivery. Each step is stamped with its instant and who took it.
/// </summary>
public sealed class ServiceOrder : AggregateRoot<ServiceOrderId>, IAuditedNode, ISnapshotable<ServiceOrder, ServiceOrderSnapshot>, IPlaced<ServiceOrder>
{
    private readonly List<OrderStep> _steps = [];

    private ServiceOrder()
        : base(default)
    {
    }

    private ServiceOrder(ServiceOrderId id)
        : base(id)
    {
    }

    /// <summary>Gets the offering.</summary>
    public OfferingId OfferingId { get; private set; }

    /// <summary>Gets the partner delivering it.</summary>
    public PartnerId PartnerId { get; private set; }

    /// <summary>Gets the compound that ordered, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound that ordered.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets the compound's position.</summary>
    public HierarchyPath CompoundPath => Compound.Path;

    /// <summary>Gets what the residents need.</summary>
    public string Needs { get; private set; } = string.Empty;

    /// <summary>Gets the day wanted.</summary>
    public LocalDate WantedDate { get; private set; }

    /// <summary>Gets the state.</summary>
    public OrderState State { get; private set; }

    /// <summary>Gets the first day of the capacity period booked, while a unit of capacity is held.</summary>
    public LocalDate? BookedPeriod { get; private set; }

    /// <summary>Gets why it was declined or cancelled, or null.</summary>
    public string? Reason { get; private set; }

    /// <summary>Gets the day it is scheduled for, or null.</summary>
    public LocalDate? ScheduledFor { get; private set; }

    /// <summary>Gets the day it was delivered, or null.</summary>
    public LocalDate? DeliveredOn { get; private set; }

    /// <summary>Gets how many residents took part, or null.</summary>
    public int? Participants { get; private set; }

    /// <summary>Gets the compound's rating, 1 to 5, or null.</summary>
    public int? Rating { get; private set; }

    /// <summary>Gets the comment with the rating, or null.</summary>
    public string? RatingComment { get; private set; }

    /// <summary>Gets the steps taken, first to last.</summary>
    public IReadOnlyList<OrderStep> Steps => [.. _steps.OrderBy(s => s.Number)];

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<ServiceOrder, TreePosition>>> Positions { get; } = [o => o.Compound];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <inheritdoc />
    public ServiceOrderSnapshot ToSnapshot() => new(Id, OfferingId, PartnerId, Compound, Needs, WantedDate, State, BookedPeriod, Reason, ScheduledFor, DeliveredOn,
        Participants, Rating, RatingComment, [.. _steps]);

    /// <inheritdoc />
    public static ServiceOrder FromSnapshot(ServiceOrderSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var order = new ServiceOrder(snapshot.Id)
        {
            OfferingId = snapshot.OfferingId,
            PartnerId = snapshot.PartnerId,
            Compound = snapshot.Compound,
            Needs = snapshot.Needs,
            WantedDate = snapshot.WantedDate,
            State = snapshot.State,
            BookedPeriod = snapshot.BookedPeriod,
            Reason = snapshot.Reason,
            ScheduledFor = snapshot.ScheduledFor,
            DeliveredOn = snapshot.DeliveredOn,
            Participants = snapshot.Participants,
            Rating = snapshot.Rating,
            RatingComment = snapshot.RatingComment,
        };
        order._steps.AddRange(snapshot.Steps);
        order.RestoreVersion(version);
        return order;
    }

    /// <summary>Orders from the menu for a compound (按需点单).</summary>
    /// <param name="id">The new order's id.</param>
    /// <param name="offering">The offering: on the menu and serving the compound.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="needs">What the residents need (1–100 characters).</param>
    /// <param name="wanted">The day wanted (from today).</param>
    /// <param name="today">Today.</param>
    /// <param name="actor">Who orders (the actor's id).</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Not a compound, a withdrawn offering or one that does not serve it (<c>NP-COB-009</c>), or a past day (<c>NP-COB-006</c>).</exception>
    public static ServiceOrder Place(ServiceOrderId id, ServiceOffering offering, Place compound, string needs, LocalDate wanted, LocalDate today, string actor, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(compound);
        var text = TextRules.RequireName(needs, "needs");
        if (compound.Kind != PlaceKind.Compound)
        {
            var names = schema ?? HierarchySchema.Yanping;
            throw Fail($"{compound.Id} is not {PlaceWords.A(names, PlaceKind.Compound)}.", $"{compound.Id} 不是{PlaceWords.Zh(names, PlaceKind.Compound)}。", "compoundId");
        }

        if (!offering.Active || !offering.Serves(compound.Id))
        {
            throw Fail($"The offering is withdrawn or does not serve {compound.Name}.", $"该服务已下架或不服务{compound.Name}。", "offeringId");
        }

        if (wanted < today)
        {
            throw CovenantRules.Date("The day wanted is in the past.", "期望日期已过。", "wanted");
        }

        var order = new ServiceOrder(id)
        {
            OfferingId = offering.Id, PartnerId = offering.PartnerId, Compound = compound.Position, Needs = text, WantedDate = wanted,
        };
        order.Step(OrderState.Ordered, actor, now);
        return order;
    }

    /// <summary>Accepts the order, booking a unit of the offering's capacity in the period of the day wanted.</summary>
    /// <param name="offering">The order's offering (its booking changes too: stage both).</param>
    /// <param name="actor">Who accepts.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not ordered (<c>NP-COB-009</c>), or the period is full (<c>NP-COB-010</c>).</exception>
    public void Accept(ServiceOffering offering, string actor, Instant now)
    {
        EnsureState([OrderState.Ordered], offering);
        BookedPeriod = offering.Book(WantedDate);
        Step(OrderState.Accepted, actor, now);
    }

    /// <summary>Declines the order before it was accepted.</summary>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="actor">Who declines.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not ordered (<c>NP-COB-009</c>).</exception>
    public void Decline(string reason, string actor, Instant now)
    {
        var why = TextRules.RequireName(reason, "reason");
        EnsureState([OrderState.Ordered], null);
        Reason = why;
        Step(OrderState.Declined, actor, now);
    }

    /// <summary>Schedules an accepted order (or moves its day), keeping its booking in the period of the new day.</summary>
    /// <param name="offering">The order's offering (its booking may move: stage both).</param>
    /// <param name="day">The day (from today).</param>
    /// <param name="today">Today.</param>
    /// <param name="actor">Who schedules.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not accepted or scheduled (<c>NP-COB-009</c>), a past day (<c>NP-COB-006</c>), or the new period is full (<c>NP-COB-010</c>).</exception>
    public void Schedule(ServiceOffering offering, LocalDate day, LocalDate today, string actor, Instant now)
    {
        EnsureState([OrderState.Accepted, OrderState.Scheduled], offering);
        if (day < today)
        {
            throw CovenantRules.Date("The scheduled day is in the past.", "安排日期已过。", "day");
        }

        if (BookedPeriod != offering.PeriodStart(day))
        {
            var booked = offering.Book(day);
            offering.Release(BookedPeriod!.Value);
            BookedPeriod = booked;
        }

        ScheduledFor = day;
        Step(OrderState.Scheduled, actor, now);
    }

    /// <summary>Records the delivery of the scheduled order (the activity ledger and a covenant commitment it serves count it).</summary>
    /// <param name="day">The day delivered (not after today).</param>
    /// <param name="participants">How many took part (0–100,000), or null.</param>
    /// <param name="today">Today.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not scheduled (<c>NP-COB-009</c>), a future day (<c>NP-COB-006</c>) or a count out of range.</exception>
    public void Deliver(LocalDate day, int? participants, LocalDate today, string actor, Instant now)
    {
        EnsureState([OrderState.Scheduled], null);
        if (day > today)
        {
            throw CovenantRules.Date("A delivery is recorded on or after its day.", "服务完成后方可登记。", "day");
        }

        if (FieldRules.Range(participants, 0, 100_000, "participants") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        DeliveredOn = day;
        Participants = participants;
        Step(OrderState.Delivered, actor, now);
        Raise(new ServiceOrderDelivered(Id, OfferingId, PartnerId, CompoundId, day, participants, now));
    }

    /// <summary>Rates the delivered order.</summary>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment (1–100 characters), or null.</param>
    /// <param name="actor">Who rates.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not delivered (<c>NP-COB-009</c>), or a rating outside 1–5.</exception>
    public void Rate(int rating, string? comment, string actor, Instant now)
    {
        if (FieldRules.Range(rating, 1, 5, "rating") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        var text = TextRules.OptionalName(comment, "comment");
        EnsureState([OrderState.Delivered], null);
        Rating = rating;
        RatingComment = text;
        Step(OrderState.Rated, actor, now);
    }

    /// <summary>Cancels the order before delivery; a booked unit of capacity is given back to the offering.</summary>
    /// <param name="offering">The order's offering (stage it too when the order was booked).</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="actor">Who cancels.</param>
    /// <param name="now">When.</param>
    /// <returns>Whether the offering changed (a booking was given back).</returns>
    /// <exception cref="RuleViolationException">Already delivered, declined or cancelled (<c>NP-COB-009</c>).</exception>
    public bool Cancel(ServiceOffering offering, string reason, string actor, Instant now)
    {
        var why = TextRules.RequireName(reason, "reason");
        EnsureState([OrderState.Ordered, OrderState.Accepted, OrderState.Scheduled], offering);
        var released = BookedPeriod is { } booked;
        if (released)
        {
            offering.Release(BookedPeriod!.Value);
        }

        Reason = why;
        BookedPeriod = null;
        Step(OrderState.Cancelled, actor, now);
        return released;
    }

    private static RuleViolationException Fail(string message, string messageZh, string field, RuleViolationKind kind = RuleViolationKind.Refused) =>
        CoBuildingRules.Fail(CoBuildingRules.OrderStep, message, messageZh, field, kind);

    private void EnsureState(OrderState[] from, ServiceOffering? offering)
    {
        if (offering is not null && offering.Id != OfferingId)
        {
            throw new ArgumentException("That is not the order's offering.", nameof(offering));
        }

        if (!from.Contains(State))
        {
            throw Fail($"An order that is {State} cannot take this step.", $"当前状态（{Common.ChineseLabels.Of(State)}）的订单不能执行此操作。", "state", RuleViolationKind.Conflict);
        }
    }

    private void Step(OrderState state, string actor, Instant now)
    {
        State = state;
        _steps.Add(new OrderStep(_steps.Count + 1, state, now, actor));
        Raise(new CoBuildingChanged("order", Id.Value, state.ToString().ToLowerInvariant(), Needs, now));
    }
}
