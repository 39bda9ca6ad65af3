using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>
/// A resident's request (诉求): a leaking pipe, a dead light, parking chaos. received → accepted → assigned → in progress
/// → resolved → closed with a rating; reopened; a duplicate; declined with a reason. Every transition is stamped with
/// its instant and actor. Each step checks its rules (NP-REQ-…) before anything changes; <see cref="RequestDesk"/>
/// loads, steps and commits.
/// </summary>
public sealed partial class ResidentRequest : AggregateRoot<RequestId>, IAuditedNode, ISnapshotable<ResidentRequest, ResidentRequestSnapshot>, IPlaced<ResidentRequest>
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

    /// <summary>Gets the compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets the compound's position.</summary>
    public HierarchyPath CompoundPath => Compound.Path;

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
    public bool IsOpen => IsOpenState(State);

    /// <summary>Tells whether a request in <paramref name="state"/> is still being handled (received … in progress).</summary>
    internal static bool IsOpenState(RequestState state) => state is RequestState.Received or RequestState.Accepted or RequestState.Assigned or RequestState.InProgress;

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<ResidentRequest, TreePosition>>> Positions { get; } = [r => r.Compound];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <summary>Returns whether it is open past its time limit at <paramref name="now"/>.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueAt(Instant now) => IsOpen && now > DueAt;
}
