using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <content>The request's steps. No step skips the one before it: a request is closed only once resolved, and a declined one is never resolved.</content>
public sealed partial class ResidentRequest
{
    /// <summary>Receives a request through a channel: checks it against the district's catalogue and places it in its compound.</summary>
    /// <param name="id">The new request's id.</param>
    /// <param name="request">What was sent.</param>
    /// <param name="policy">The district's categories and channels.</param>
    /// <param name="compound">The compound <paramref name="request"/> names.</param>
    /// <param name="building">The building it names, or null.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The received request.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="building"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown category or channel, a bad description, media link or attribute (<c>NP-REQ-001</c>);
    /// bad coordinates, not a compound, or a building of another compound (<c>NP-REQ-004</c>).</exception>
    public static ResidentRequest Receive(RequestId id, NewRequest request, RequestPolicy policy, Place compound, Place? building, string actor, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(actor);
        if (request.Category is null || !policy.Categories.TryGetValue(request.Category, out var category))
        {
            throw RequestRules.Fail(RequestRules.Catalogue, $"Unknown category '{request.Category}'.", $"未知的诉求类别“{request.Category}”。", "category");
        }

        if (request.Channel is null || !policy.Channels.ContainsKey(request.Channel))
        {
            throw RequestRules.Fail(RequestRules.Catalogue, $"Unknown channel '{request.Channel}'.", $"未知的渠道“{request.Channel}”。", "channel");
        }

        var description = RequestRules.Description(request.Description);
        RequestRules.Coordinates(request.Latitude, request.Longitude);
        var media = RequestRules.Media(request.Media);
        var attributes = RequestRules.Attributes(category, request.Attributes ?? new Dictionary<string, string>());
        RequestRules.RequireCompound(compound, RequestRules.WrongReference, "compoundId", schema);
        if (building is not null && (building.Kind != PlaceKind.Building || building.ParentId != compound.Id))
        {
            var names = schema ?? HierarchySchema.Yanping;
            throw RequestRules.Fail(RequestRules.WrongReference, $"{building.Id} is not {PlaceWords.A(names, PlaceKind.Building)} of {compound.Name}.",
                $"{building.Id} 不是{compound.Name}的{PlaceWords.Zh(names, PlaceKind.Building)}。", "buildingId");
        }

        var item = new ResidentRequest(id)
        {
            Category = category.Key, Channel = request.Channel, ResidentId = request.ResidentId, Compound = compound.Position, BuildingId = building?.Id,
            Latitude = request.Latitude, Longitude = request.Longitude, Description = description, IsPublic = request.IsPublic, ReceivedAt = now,
            DueAt = now + category.TimeLimit,
        };
        item._media.AddRange(media.Select(m => new RequestMedia(m)));
        item._attributes.AddRange(attributes);
        item.Record(RequestState.Received, actor, null, now);
        return item;
    }

    /// <summary>Accepts a received request for handling.</summary>
    /// <param name="actor">Who.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not received (<c>NP-REQ-003</c>).</exception>
    public void Accept(string actor, Instant now)
    {
        RequireState(RequestState.Accepted, RequestState.Received);
        Record(RequestState.Accepted, actor, null, now);
    }

    /// <summary>Assigns (or re-assigns) it to the branch, the property company, the owners' committee, a partner or a steward.</summary>
    /// <param name="kind">Who.</param>
    /// <param name="assigneeId">The unit, partner or member, or null.</param>
    /// <param name="name">The assignee's name (1–100 characters).</param>
    /// <param name="actor">Who assigns.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A bad kind or name; not accepted, assigned or in progress (<c>NP-REQ-003</c>).</exception>
    public void Assign(AssigneeKind kind, Guid? assigneeId, string name, string actor, Instant now)
    {
        RequestRules.Require(kind, "assignee");
        var who = TextRules.RequireName(name, "assigneeName");
        RequireState(RequestState.Assigned, RequestState.Accepted, RequestState.Assigned, RequestState.InProgress);
        AssigneeKind = kind;
        AssigneeId = assigneeId;
        AssigneeName = who;
        Record(RequestState.Assigned, actor, who, now);
    }

    /// <summary>Starts the work on an assigned request.</summary>
    /// <param name="actor">Who.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not assigned (<c>NP-REQ-003</c>).</exception>
    public void Start(string actor, Instant now)
    {
        RequireState(RequestState.InProgress, RequestState.Assigned);
        Record(RequestState.InProgress, actor, null, now);
    }

    /// <summary>Resolves a request in progress: it counts as a governance problem solved (once, on the first resolution).</summary>
    /// <param name="resolution">How (1–100 characters).</param>
    /// <param name="actor">Who.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not in progress (<c>NP-REQ-003</c>: a declined or duplicate request is never resolved).</exception>
    public void Resolve(string resolution, string actor, Instant now)
    {
        var text = TextRules.RequireName(resolution, "resolution");
        RequireState(RequestState.Resolved, RequestState.InProgress);
        Outcome = text;
        Record(RequestState.Resolved, actor, text, now);
    }

    /// <summary>Closes a resolved request with the resident's rating.</summary>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment (1–100 characters), or null.</param>
    /// <param name="actor">Who.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A rating outside 1–5; not resolved (<c>NP-REQ-003</c>).</exception>
    public void Close(int rating, string? comment, string actor, Instant now)
    {
        if (FieldRules.Range(rating, 1, 5, "rating") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        var text = TextRules.OptionalName(comment, "comment");
        RequireState(RequestState.Closed, RequestState.Resolved);
        Rating = rating;
        RatingComment = text;
        Record(RequestState.Closed, actor, text, now);
    }

    /// <summary>Reopens a resolved or closed request: the work goes on, and the rating is cleared.</summary>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="actor">Who.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not resolved or closed (<c>NP-REQ-003</c>).</exception>
    public void Reopen(string reason, string actor, Instant now)
    {
        var text = TextRules.RequireName(reason, "reason");
        RequireState(RequestState.InProgress, RequestState.Resolved, RequestState.Closed);
        ReopenCount++;
        Rating = null;
        RatingComment = null;
        Record(RequestState.InProgress, actor, text, now);
    }

    /// <summary>Declines a request that is not being worked on yet, with a reason.</summary>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="actor">Who.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Already assigned or further (<c>NP-REQ-003</c>).</exception>
    public void Decline(string reason, string actor, Instant now)
    {
        var text = TextRules.RequireName(reason, "reason");
        RequireState(RequestState.Declined, RequestState.Received, RequestState.Accepted);
        Outcome = text;
        Record(RequestState.Declined, actor, text, now);
    }

    /// <summary>Marks it as a duplicate of another request that stands.</summary>
    /// <param name="original">The request it duplicates.</param>
    /// <param name="actor">Who.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is null.</exception>
    /// <exception cref="RuleViolationException">Itself, or the other is declined or a duplicate; already assigned or further (<c>NP-REQ-003</c>).</exception>
    public void MarkDuplicateOf(ResidentRequest original, string actor, Instant now)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Id == Id || original.State is RequestState.Declined or RequestState.Duplicate)
        {
            throw RequestRules.Fail(RequestRules.Step, "A request duplicates another request that stands.", "只能标记为另一有效诉求的重复。", "of");
        }

        RequireState(RequestState.Duplicate, RequestState.Received, RequestState.Accepted);
        DuplicateOf = original.Id;
        Record(RequestState.Duplicate, actor, original.Id.ToString(), now);
    }

    private void RequireState(RequestState to, params ReadOnlySpan<RequestState> from)
    {
        if (!from.Contains(State))
        {
            throw RequestRules.Fail(RequestRules.Step, $"A request that is {State} cannot become {to}.", $"状态为“{RequestStateNames.Chinese(State)}”的诉求不能改为“{RequestStateNames.Chinese(to)}”。", "state", RuleViolationKind.Conflict);
        }
    }

    private void Record(RequestState state, string actor, string? note, Instant now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        State = state;
        UpdatedAt = now;
        if (state == RequestState.Resolved && FirstResolvedAt is null)
        {
            FirstResolvedAt = now;
        }

        _transitions.Add(new RequestTransition(_transitions.Count + 1, state, now, actor, note));
        Raise(new RequestChanged(Id, state, now));
    }
}
