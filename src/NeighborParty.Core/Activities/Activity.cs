using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>
/// An entry of the activity ledger (活动台账): what kind, who organised it, where and when (a zoned time), the partners
/// involved, how many took part, which members and their volunteer hours, and what it links to (a covenant, a service
/// order, a project, a request). Recorded through <see cref="ActivityLedger"/>.
/// </summary>
public sealed class Activity : AggregateRoot<ActivityId>, IAuditedNode, ISnapshotable<Activity, ActivitySnapshot>, IPlaced<Activity>, IFollowsMoves
{
    private readonly List<ActivityMember> _members = [];
    private readonly List<ActivityPartner> _partners = [];

    private int _dayNumber = int.MinValue;

    private Activity()
        : base(default)
    {
    }

    private Activity(ActivityId id)
        : base(id)
    {
    }

    /// <summary>Gets the kind's key (see <see cref="ActivityPolicy.Kinds"/>).</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the organising unit, in the organisation tree (<see cref="TreePosition.None"/> without one).</summary>
    public TreePosition Unit { get; private set; }

    /// <summary>Gets the organising unit, or null.</summary>
    public OrganizationUnitId? UnitId => Unit.IsPlaced ? new OrganizationUnitId(Unit.NodeId) : null;

    /// <summary>Gets the place where it was held (a compound, community, street …), in the tree of places.</summary>
    public TreePosition Place { get; private set; }

    /// <summary>Gets the place where it was held.</summary>
    public PlaceId PlaceId => new(Place.NodeId);

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => Place.Path;

    /// <summary>Gets when it started.</summary>
    public Instant StartsAt { get; private set; }

    /// <summary>Gets the time zone it was held in (IANA id).</summary>
    public string TimeZone { get; private set; } = string.Empty;

    /// <summary>Gets the day it was held, in its time zone (what periods count).</summary>
    public LocalDate Day { get; private set; }

    /// <summary>Gets <see cref="Day"/> as a day number (cached: roll-ups compare millions of them).</summary>
    internal int DayNumber => _dayNumber != int.MinValue ? _dayNumber : _dayNumber = Day.ToDateOnly().DayNumber;

    /// <summary>Gets how many took part.</summary>
    public int Participants { get; private set; }

    /// <summary>Gets the members who took part, with their volunteer hours.</summary>
    public IReadOnlyList<ActivityMember> Members => _members;

    /// <summary>Gets the partners involved.</summary>
    public IReadOnlyList<ActivityPartner> Partners => _partners;

    /// <summary>Gets the covenant it fulfils, or null.</summary>
    public CovenantId? CovenantId { get; private set; }

    /// <summary>Gets the key of the covenant commitment it counts for (one unit), or null.</summary>
    public Guid? CommitmentKey { get; private set; }

    /// <summary>Gets the service order it delivered, or null.</summary>
    public ServiceOrderId? ServiceOrderId { get; private set; }

    /// <summary>Gets the project (近邻项目) it belongs to, or null.</summary>
    public Guid? ProjectId { get; private set; }

    /// <summary>Gets the residents' request it answers, or null.</summary>
    public Guid? RequestId { get; private set; }

    /// <summary>Gets the volunteer hours of all members.</summary>
    public decimal VolunteerHours => _members.Sum(m => m.Hours);

    /// <summary>Gets the positions a store queries: the organising unit and the place.</summary>
    public static IReadOnlyList<Expression<Func<Activity, TreePosition>>> Positions { get; } = [a => a.Unit, a => a.Place];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Place;

    /// <inheritdoc />
    public ActivitySnapshot ToSnapshot() => new(Id, Kind, Title, Unit, Place, StartsAt, TimeZone, Day, Participants, [.. _members], [.. _partners], CovenantId,
        CommitmentKey, ServiceOrderId, ProjectId, RequestId);

    /// <inheritdoc />
    public static Activity FromSnapshot(ActivitySnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var activity = new Activity(snapshot.Id)
        {
            Kind = snapshot.Kind, Title = snapshot.Title, Unit = snapshot.Unit, Place = snapshot.Place, StartsAt = snapshot.StartsAt, TimeZone = snapshot.TimeZone,
            Day = snapshot.Day, Participants = snapshot.Participants, CovenantId = snapshot.CovenantId, CommitmentKey = snapshot.CommitmentKey,
            ServiceOrderId = snapshot.ServiceOrderId, ProjectId = snapshot.ProjectId, RequestId = snapshot.RequestId,
        };
        activity._members.AddRange(snapshot.Members);
        activity._partners.AddRange(snapshot.Partners);
        activity.RestoreVersion(version);
        return activity;
    }

    /// <inheritdoc />
    bool IFollowsMoves.FollowMove(TreeKind tree, HierarchyPath from, HierarchyPath to)
    {
        var (unit, place) = (Unit, Place);
        Unit = unit.Follow(tree, from, to);
        Place = place.Follow(tree, from, to);
        return Unit != unit || Place != place;
    }

    internal static Activity Create(ActivityId id, string kind, string title, OrganizationUnit? unit, Place place, ZonedDateTime starts, int participants,
        IEnumerable<(PartyMemberId Member, decimal Hours)> members, IEnumerable<PartnerId> partners, ActivityLinks links, Instant now)
    {
        var activity = new Activity(id)
        {
            Kind = kind, Title = title, Unit = unit?.Position ?? TreePosition.None, Place = place.Position,
            StartsAt = starts.ToInstant(), TimeZone = starts.Zone.Id, Day = starts.Date, Participants = participants,
            CovenantId = links.CovenantId, CommitmentKey = links.CovenantId is null ? null : links.CommitmentKey, ServiceOrderId = links.ServiceOrderId, ProjectId = links.ProjectId, RequestId = links.RequestId,
        };
        activity._members.AddRange(members.Select(m => new ActivityMember(m.Member, m.Hours)));
        activity._partners.AddRange(partners.Select(p => new ActivityPartner(p)));
        activity.Raise(new ActivityRecorded(id, kind, title, activity.Day, activity.CovenantId, activity.CommitmentKey, now));
        return activity;
    }
}
