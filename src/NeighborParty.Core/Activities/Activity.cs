using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>
/// An entry of the activity ledger (活动台账): what kind, who organised it, where and when (a zoned time), the partners
/// involved, how many took part, which members and their volunteer hours, and what it links to (a covenant, a service
/// order, a project, a request). Recorded through <see cref="ActivityLedger"/>.
/// </summary>
public sealed class Activity : AggregateRoot<ActivityId>, IAuditedNode
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

    /// <summary>Gets the organising unit, or null.</summary>
    public OrganizationUnitId? UnitId { get; private set; }

    /// <summary>Gets the high half of the organising unit's position (0 without one).</summary>
    public long UnitPathHigh { get; private set; }

    /// <summary>Gets the low half of the organising unit's position.</summary>
    public long UnitPathLow { get; private set; }

    /// <summary>Gets the place where it was held (a compound, community, street …).</summary>
    public PlaceId PlaceId { get; private set; }

    /// <summary>Gets the high half of the place's position.</summary>
    public long PlacePathHigh { get; private set; }

    /// <summary>Gets the low half of the place's position.</summary>
    public long PlacePathLow { get; private set; }

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => HierarchyPath.FromSortKeys(PlacePathHigh, PlacePathLow);

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

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => PlaceId.Value;

    HierarchyPath IAuditedNode.Path => PlacePath;

    internal static Activity Create(ActivityId id, string kind, string title, OrganizationUnit? unit, Place place, ZonedDateTime starts, int participants,
        IEnumerable<(PartyMemberId Member, decimal Hours)> members, IEnumerable<PartnerId> partners, ActivityLinks links, Instant now)
    {
        var activity = new Activity(id)
        {
            Kind = kind, Title = title, UnitId = unit?.Id, UnitPathHigh = unit?.Path.SortKeyHigh ?? 0, UnitPathLow = unit?.Path.SortKeyLow ?? 0,
            PlaceId = place.Id, PlacePathHigh = place.Path.SortKeyHigh, PlacePathLow = place.Path.SortKeyLow,
            StartsAt = starts.ToInstant(), TimeZone = starts.Zone.Id, Day = starts.Date, Participants = participants,
            CovenantId = links.CovenantId, CommitmentKey = links.CovenantId is null ? null : links.CommitmentKey, ServiceOrderId = links.ServiceOrderId, ProjectId = links.ProjectId, RequestId = links.RequestId,
        };
        activity._members.AddRange(members.Select(m => new ActivityMember(m.Member, m.Hours)));
        activity._partners.AddRange(partners.Select(p => new ActivityPartner(p)));
        activity.Raise(new ActivityRecorded(id, kind, title, activity.Day, activity.CovenantId, activity.CommitmentKey, now));
        return activity;
    }
}

/// <summary>A member who took part, and the volunteer hours they gave.</summary>
public sealed class ActivityMember
{
    private ActivityMember()
    {
    }

    internal ActivityMember(PartyMemberId memberId, decimal hours)
    {
        MemberId = memberId;
        Hours = hours;
    }

    /// <summary>Gets the member.</summary>
    public PartyMemberId MemberId { get; private set; }

    /// <summary>Gets the volunteer hours (0 when not a volunteer service).</summary>
    public decimal Hours { get; private set; }
}

/// <summary>A partner involved in an activity.</summary>
public sealed class ActivityPartner
{
    private ActivityPartner()
    {
    }

    internal ActivityPartner(PartnerId partnerId) => PartnerId = partnerId;

    /// <summary>Gets the partner.</summary>
    public PartnerId PartnerId { get; private set; }
}

/// <summary>What an activity links to.</summary>
/// <param name="CovenantId">The covenant it fulfils, or null.</param>
/// <param name="ServiceOrderId">The service order it delivered, or null.</param>
/// <param name="ProjectId">The project, or null.</param>
/// <param name="RequestId">The residents' request, or null.</param>
/// <param name="CommitmentKey">The covenant commitment it counts for (one unit), or null.</param>
public sealed record ActivityLinks(CovenantId? CovenantId = null, ServiceOrderId? ServiceOrderId = null, Guid? ProjectId = null, Guid? RequestId = null,
    Guid? CommitmentKey = null);

/// <summary>An activity to record.</summary>
/// <param name="Kind">The kind's key.</param>
/// <param name="Title">The title (1–100 characters).</param>
/// <param name="PlaceId">Where it was held.</param>
/// <param name="StartsAt">When it started, in its zone (not in the future).</param>
/// <param name="Participants">How many took part (0–100,000; at least the members listed).</param>
/// <param name="UnitId">The organising unit, or null.</param>
/// <param name="Members">The members who took part, with their volunteer hours (0–24 each), or null.</param>
/// <param name="Partners">The partners involved, or null.</param>
/// <param name="Links">What it links to, or null.</param>
public sealed record NewActivity(string Kind, string Title, PlaceId PlaceId, ZonedDateTime StartsAt, int Participants, OrganizationUnitId? UnitId = null,
    IReadOnlyList<(PartyMemberId Member, decimal Hours)>? Members = null, IReadOnlyList<PartnerId>? Partners = null, ActivityLinks? Links = null);

/// <summary>An activity was recorded.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Title">Its title.</param>
/// <param name="Day">Its day.</param>
/// <param name="CovenantId">The covenant it fulfils, or null.</param>
/// <param name="CommitmentKey">The commitment it counts for, or null.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ActivityRecorded(ActivityId ActivityId, string Kind, string Title, LocalDate Day, CovenantId? CovenantId, Guid? CommitmentKey, Instant OccurredAt)
    : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "activity.recorded";

    string Domain.IAuditedEvent.AuditSummary => $"Recorded activity {ActivityId} ({Kind}) on {Day:uuuu-MM-dd}";
}
