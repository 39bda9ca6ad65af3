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

    internal static ServiceOrder Create(ServiceOrderId id, ServiceOffering offering, Place compound, string needs, LocalDate wanted, string actor, Instant now)
    {
        var order = new ServiceOrder(id)
        {
            OfferingId = offering.Id,
            PartnerId = offering.PartnerId,
            Compound = compound.Position,
            Needs = needs,
            WantedDate = wanted,
        };
        order.Step(OrderState.Ordered, actor, now);
        return order;
    }

    internal void Accept(LocalDate booked, string actor, Instant now)
    {
        BookedPeriod = booked;
        Step(OrderState.Accepted, actor, now);
    }

    internal void Decline(string reason, string actor, Instant now)
    {
        Reason = reason;
        Step(OrderState.Declined, actor, now);
    }

    internal void Schedule(LocalDate day, LocalDate booked, string actor, Instant now)
    {
        ScheduledFor = day;
        BookedPeriod = booked;
        Step(OrderState.Scheduled, actor, now);
    }

    internal void Deliver(LocalDate day, int? participants, string actor, Instant now)
    {
        DeliveredOn = day;
        Participants = participants;
        Step(OrderState.Delivered, actor, now);
        Raise(new ServiceOrderDelivered(Id, OfferingId, PartnerId, CompoundId, day, participants, now));
    }

    internal void Rate(int rating, string? comment, string actor, Instant now)
    {
        Rating = rating;
        RatingComment = comment;
        Step(OrderState.Rated, actor, now);
    }

    internal void Cancel(string reason, string actor, Instant now)
    {
        Reason = reason;
        BookedPeriod = null;
        Step(OrderState.Cancelled, actor, now);
    }

    private void Step(OrderState state, string actor, Instant now)
    {
        State = state;
        _steps.Add(new OrderStep(_steps.Count + 1, state, now, actor));
        Raise(new CoBuildingChanged("order", Id.Value, state.ToString().ToLowerInvariant(), Needs, now));
    }
}
