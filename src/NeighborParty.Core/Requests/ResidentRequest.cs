using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>Where a request stands.</summary>
public enum RequestState
{
    /// <summary>Received through a channel.</summary>
    Received = 1,

    /// <summary>Accepted for handling.</summary>
    Accepted = 2,

    /// <summary>Assigned to whoever handles it.</summary>
    Assigned = 3,

    /// <summary>Being worked on.</summary>
    InProgress = 4,

    /// <summary>Resolved: counts as a governance problem solved.</summary>
    Resolved = 5,

    /// <summary>Closed with the resident's rating.</summary>
    Closed = 6,

    /// <summary>Declined, with a reason.</summary>
    Declined = 7,

    /// <summary>A duplicate of another request.</summary>
    Duplicate = 8,
}

/// <summary>The names of request and wish states in Chinese, as shown to residents and in Open311 <c>status_notes</c>.</summary>
public static class RequestStateNames
{
    /// <summary>Returns the Chinese name of a request state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name, such as 处理中.</returns>
    public static string Chinese(RequestState state) => state switch
    {
        RequestState.Received => "待受理",
        RequestState.Accepted => "已受理",
        RequestState.Assigned => "已交办",
        RequestState.InProgress => "处理中",
        RequestState.Resolved => "已解决",
        RequestState.Closed => "已办结",
        RequestState.Declined => "不予受理",
        RequestState.Duplicate => "重复诉求",
        _ => state.ToString(),
    };

    /// <summary>Returns the Chinese name of a micro-wish state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name, such as 已认领.</returns>
    public static string Chinese(WishState state) => state switch
    {
        WishState.Posted => "待认领",
        WishState.Claimed => "已认领",
        WishState.Fulfilled => "已实现",
        WishState.Confirmed => "已确认",
        _ => state.ToString(),
    };
}

/// <summary>Who a request is assigned to.</summary>
public enum AssigneeKind
{
    /// <summary>The compound's Party branch.</summary>
    Branch = 1,

    /// <summary>The property-service company.</summary>
    PropertyCompany = 2,

    /// <summary>The owners' committee.</summary>
    OwnersCommittee = 3,

    /// <summary>A co-building party.</summary>
    Partner = 4,

    /// <summary>A Red Steward (a member).</summary>
    Steward = 5,
}

/// <summary>
/// A resident's request (诉求): a leaking pipe, a dead light, parking chaos. received → accepted → assigned → in progress
/// → resolved → closed with a rating; reopened; a duplicate; declined with a reason. Every transition is stamped with
/// its instant and actor. Changed only through <see cref="RequestDesk"/>.
/// </summary>
public sealed class ResidentRequest : AggregateRoot<RequestId>, IAuditedNode
{
    private readonly List<RequestTransition> _transitions = [];
    private readonly List<RequestMedia> _media = [];
    private readonly List<RequestAttributeValue> _attributes = [];

    private ResidentRequest()
        : base(default)
    {
    }

    private ResidentRequest(RequestId id)
        : base(id)
    {
    }

    /// <summary>Gets the category's key.</summary>
    public string Category { get; private set; } = string.Empty;

    /// <summary>Gets the channel's key.</summary>
    public string Channel { get; private set; } = string.Empty;

    /// <summary>Gets the resident who raised it, or null when anonymous.</summary>
    public ResidentId? ResidentId { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; private set; }

    /// <summary>Gets the high half of the compound's position.</summary>
    public long CompoundPathHigh { get; private set; }

    /// <summary>Gets the low half of the compound's position.</summary>
    public long CompoundPathLow { get; private set; }

    /// <summary>Gets the compound's position.</summary>
    public HierarchyPath CompoundPath => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

    /// <summary>Gets the building, or null.</summary>
    public PlaceId? BuildingId { get; private set; }

    /// <summary>Gets the latitude (WGS 84), or null.</summary>
    public double? Latitude { get; private set; }

    /// <summary>Gets the longitude (WGS 84), or null.</summary>
    public double? Longitude { get; private set; }

    /// <summary>Gets the description.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets whether others than the resident may see it.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>Gets the state.</summary>
    public RequestState State { get; private set; }

    /// <summary>Gets when it was received.</summary>
    public Instant ReceivedAt { get; private set; }

    /// <summary>Gets when it must be resolved by (the category's time limit).</summary>
    public Instant DueAt { get; private set; }

    /// <summary>Gets who it is assigned to, or null.</summary>
    public AssigneeKind? AssigneeKind { get; private set; }

    /// <summary>Gets the assignee's id (unit, partner, member), or null.</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>Gets the assignee's name.</summary>
    public string? AssigneeName { get; private set; }

    /// <summary>Gets the request this one duplicates, or null.</summary>
    public RequestId? DuplicateOf { get; private set; }

    /// <summary>Gets the reason it was declined, or how it was resolved (the latest), or null.</summary>
    public string? Outcome { get; private set; }

    /// <summary>Gets the resident's rating, 1–5, or null.</summary>
    public int? Rating { get; private set; }

    /// <summary>Gets the comment with the rating, or null.</summary>
    public string? RatingComment { get; private set; }

    /// <summary>Gets when it was first resolved (a governance problem solved counts once, on this instant), or null.</summary>
    public Instant? FirstResolvedAt { get; private set; }

    /// <summary>Gets when it last changed state.</summary>
    public Instant UpdatedAt { get; private set; }

    /// <summary>Gets how often it was reopened.</summary>
    public int ReopenCount { get; private set; }

    /// <summary>Gets the transitions, first to last.</summary>
    public IReadOnlyList<RequestTransition> Transitions => [.. _transitions.OrderBy(t => t.Number)];

    /// <summary>Gets the media links (photos, videos).</summary>
    public IReadOnlyList<RequestMedia> Media => _media;

    /// <summary>Gets the answers to the category's attributes.</summary>
    public IReadOnlyList<RequestAttributeValue> Attributes => _attributes;

    /// <summary>Gets a value indicating whether it is still being handled (received … in progress).</summary>
    public bool IsOpen => State is RequestState.Received or RequestState.Accepted or RequestState.Assigned or RequestState.InProgress;

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => CompoundId.Value;

    HierarchyPath IAuditedNode.Path => CompoundPath;

    /// <summary>Returns whether it is open past its time limit at <paramref name="now"/>.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueAt(Instant now) => IsOpen && now > DueAt;

    internal static ResidentRequest Create(RequestId id, RequestCategory category, string channel, ResidentId? resident, Place compound, PlaceId? building,
        double? latitude, double? longitude, string description, bool isPublic, IEnumerable<string> media, IEnumerable<KeyValuePair<string, string>> attributes,
        string actor, Instant now)
    {
        var request = new ResidentRequest(id)
        {
            Category = category.Key, Channel = channel, ResidentId = resident, CompoundId = compound.Id, CompoundPathHigh = compound.Path.SortKeyHigh,
            CompoundPathLow = compound.Path.SortKeyLow, BuildingId = building, Latitude = latitude, Longitude = longitude, Description = description,
            IsPublic = isPublic, ReceivedAt = now, DueAt = now + category.TimeLimit,
        };
        request._media.AddRange(media.Select(m => new RequestMedia(m)));
        request._attributes.AddRange(attributes.Select(a => new RequestAttributeValue(a.Key, a.Value)));
        request.Move(RequestState.Received, actor, null, now);
        return request;
    }

    internal void Move(RequestState state, string actor, string? note, Instant now)
    {
        State = state;
        UpdatedAt = now;
        if (state == RequestState.Resolved && FirstResolvedAt is null)
        {
            FirstResolvedAt = now;
        }

        _transitions.Add(new RequestTransition(_transitions.Count + 1, state, now, actor, note));
        Raise(new RequestChanged(Id, state, now));
    }

    internal void Assign(AssigneeKind kind, Guid? id, string name)
    {
        AssigneeKind = kind;
        AssigneeId = id;
        AssigneeName = name;
    }

    internal void SetOutcome(string? outcome) => Outcome = outcome;

    internal void SetDuplicate(RequestId of) => DuplicateOf = of;

    internal void Rate(int rating, string? comment)
    {
        Rating = rating;
        RatingComment = comment;
    }

    internal void Reopened()
    {
        ReopenCount++;
        Rating = null;
        RatingComment = null;
    }
}

/// <summary>One transition of a request: the state reached, when, by whom, and a note.</summary>
public sealed class RequestTransition
{
    private RequestTransition()
    {
    }

    internal RequestTransition(int number, RequestState state, Instant at, string actor, string? note)
    {
        Number = number;
        State = state;
        At = at;
        Actor = actor;
        Note = note;
    }

    /// <summary>Gets its number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets the state reached.</summary>
    public RequestState State { get; private set; }

    /// <summary>Gets when.</summary>
    public Instant At { get; private set; }

    /// <summary>Gets who (the actor's id).</summary>
    public string Actor { get; private set; } = string.Empty;

    /// <summary>Gets a note (the reason, the resolution, the assignee), or null.</summary>
    public string? Note { get; private set; }
}

/// <summary>A media link of a request.</summary>
public sealed class RequestMedia
{
    private RequestMedia()
    {
    }

    internal RequestMedia(string url) => Url = url;

    /// <summary>Gets the absolute http(s) link.</summary>
    public string Url { get; private set; } = string.Empty;
}

/// <summary>The answer to a category attribute.</summary>
public sealed class RequestAttributeValue
{
    private RequestAttributeValue()
    {
    }

    internal RequestAttributeValue(string code, string value)
    {
        Code = code;
        Value = value;
    }

    /// <summary>Gets the attribute's code.</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>Gets the value (a list type's keys separated by commas).</summary>
    public string Value { get; private set; } = string.Empty;
}

/// <summary>A request moved to a new state.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="State">The new state.</param>
/// <param name="OccurredAt">When.</param>
public sealed record RequestChanged(RequestId RequestId, RequestState State, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "request." + State.ToString().ToLowerInvariant();

    string Domain.IAuditedEvent.AuditSummary => $"Request {RequestId}: {State}";
}
