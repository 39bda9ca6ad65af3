using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>
/// An entry of the activity ledger (活动台账): what kind, who organised it, where and when (a zoned time), the partners
/// involved, how many took part, which members and their volunteer hours, and what it links to (a covenant, a service
/// order, a project, a request). <see cref="Record"/> checks what it can see; <see cref="ActivityLedger"/> checks the references.
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

    /// <summary>Gets the volunteer hours recorded for the activity as a whole (an imported 活动台账 row lists no members), or null.</summary>
    public decimal? Hours { get; private set; }

    /// <summary>Gets the volunteer hours: those of the members listed, or else those recorded for the activity as a whole.</summary>
    public decimal VolunteerHours => _members.Count > 0 ? _members.Sum(m => m.Hours) : Hours ?? 0;

    /// <summary>Gets the positions a store queries: the organising unit and the place.</summary>
    public static IReadOnlyList<Expression<Func<Activity, TreePosition>>> Positions { get; } = [a => a.Unit, a => a.Place];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Place;

    /// <inheritdoc />
    public ActivitySnapshot ToSnapshot() => new(Id, Kind, Title, Unit, Place, StartsAt, TimeZone, Day, Participants, [.. _members], [.. _partners], CovenantId,
        CommitmentKey, ServiceOrderId, ProjectId, RequestId, Hours);

    /// <inheritdoc />
    public static Activity FromSnapshot(ActivitySnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var activity = new Activity(snapshot.Id)
        {
            Kind = snapshot.Kind, Title = snapshot.Title, Unit = snapshot.Unit, Place = snapshot.Place, StartsAt = snapshot.StartsAt, TimeZone = snapshot.TimeZone,
            Day = snapshot.Day, Participants = snapshot.Participants, CovenantId = snapshot.CovenantId, CommitmentKey = snapshot.CommitmentKey,
            ServiceOrderId = snapshot.ServiceOrderId, ProjectId = snapshot.ProjectId, RequestId = snapshot.RequestId, Hours = snapshot.Hours,
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

    /// <summary>Records an activity that has happened: checks the kind against the catalogue, the unit, the time, the counts and the hours.</summary>
    /// <param name="id">The new activity's id.</param>
    /// <param name="request">What happened.</param>
    /// <param name="policy">The district's catalogue of kinds.</param>
    /// <param name="unit">The organising unit <paramref name="request"/> names, as read, or null.</param>
    /// <param name="place">The place it names, as read.</param>
    /// <param name="now">When it is recorded (it must have started by then).</param>
    /// <returns>The activity.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="unit"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown kind (<c>NP-ACT-001</c>), a unit not live that day (<c>NP-ACT-002</c>), a time in the future,
    /// impossible counts or hours (<c>NP-ACT-003</c>).</exception>
    /// <remarks>That the members and partners it lists exist, and that the day's period is open, is the ledger's to check (<see cref="ActivityLedger.RecordAsync"/>).</remarks>
    public static Activity Record(ActivityId id, NewActivity request, ActivityPolicy policy, OrganizationUnit? unit, Place place, Instant now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(place);
        if (request.Kind is null || !policy.Kinds.TryGetValue(request.Kind, out var kind))
        {
            throw Fail(ActivityLedger.UnknownKind, $"Unknown kind of activity '{request.Kind}'.", $"未知的活动类别“{request.Kind}”。", "kind");
        }

        var title = TextRules.RequireName(request.Title, "title");
        if (place.Id != request.PlaceId)
        {
            throw new ArgumentException("The place given is not the one the request names.", nameof(place));
        }

        if (request.UnitId is { } unitId && (unit is null || unit.Id != unitId || !unit.WasLiveOn(request.StartsAt.Date)))
        {
            throw Fail(ActivityLedger.WrongReference, "The organising unit did not exist on that day.", "活动当天该组织不存在。", "unitId",
                unit is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
        }

        if (request.StartsAt.ToInstant() > now)
        {
            throw Fail(ActivityLedger.ImpossibleValue, "An activity is recorded once it has happened.", "活动举办后方可登记。", "startsAt");
        }

        var members = request.Members ?? [];
        if (request.Participants is < 0 or > 100_000 || request.Participants < members.Count || members.Count > 1000)
        {
            throw Fail(ActivityLedger.ImpossibleValue, "The participants are 0 to 100,000, and at least the members listed (at most 1,000).",
                "参加人数须为0至100000，且不少于所列党员人数（最多1000人）。", "participants");
        }

        if (members.Any(m => m.Hours is < 0 or > 24) || members.Select(m => m.Member).Distinct().Count() != members.Count)
        {
            throw Fail(ActivityLedger.ImpossibleValue, "Each member is listed once, with 0 to 24 hours.", "每名党员只列一次，时长为0至24小时。", "members");
        }

        if (request.Hours is { } hours && (members.Count > 0 || hours < 0 || hours > 24m * request.Participants || decimal.Round(hours, 2) != hours))
        {
            throw Fail(ActivityLedger.ImpossibleValue, "The hours of the whole activity are 0 to 24 per participant (two decimals at most), given only when no members are listed.",
                "活动总时长须为每名参加者0至24小时（最多两位小数），且仅在未列出党员时填写。", "hours");
        }

        // The catalogue's own key: activities of one kind share the string, which the in-memory roll-up tells apart by reference.
        var links = request.Links ?? new ActivityLinks();
        var starts = request.StartsAt;
        var activity = new Activity(id)
        {
            Kind = kind.Key, Title = title, Unit = request.UnitId is null ? TreePosition.None : unit!.Position, Place = place.Position,
            StartsAt = starts.ToInstant(), TimeZone = starts.Zone.Id, Day = starts.Date, Participants = request.Participants,
            CovenantId = links.CovenantId, CommitmentKey = links.CovenantId is null ? null : links.CommitmentKey, ServiceOrderId = links.ServiceOrderId, ProjectId = links.ProjectId,
            RequestId = links.RequestId, Hours = request.Hours,
        };
        activity._members.AddRange(members.Select(m => new ActivityMember(m.Member, m.Hours)));
        activity._partners.AddRange((request.Partners ?? []).Distinct().Select(p => new ActivityPartner(p)));
        activity.Raise(new ActivityRecorded(id, activity.Kind, title, activity.Day, activity.CovenantId, activity.CommitmentKey, now));
        return activity;
    }

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}
