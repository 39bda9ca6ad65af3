using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.SampleApi.Infrastructure;
using NodaTime;

namespace NeighborParty.SampleApi.Requests;

/// <summary>A request as raised (by staff for a resident or anonymously, or by a resident for themselves).</summary>
public sealed record SubmitRequestBody(string Category, string Channel, Guid CompoundId, string Description, Guid? ResidentId = null, Guid? BuildingId = null,
    double? Latitude = null, double? Longitude = null, bool IsPublic = false, IReadOnlyList<string>? Media = null, IReadOnlyDictionary<string, string>? Attributes = null)
    : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Key(Category, "category"), FieldRules.Key(Channel, "channel"), FieldRules.Id(CompoundId, "compoundId"),
        ResidentId is { } r ? FieldRules.Id(r, "residentId") : null, BuildingId is { } b ? FieldRules.Id(b, "buildingId") : null,
        string.IsNullOrWhiteSpace(Description) ? new RuleViolation("NP-GEN-001", "A description is required.", "须填写描述。", target: "description") : null,
        FieldRules.Count(Media?.Count ?? 0, 0, 10, "media"), FieldRules.Count(Attributes?.Count ?? 0, 0, 30, "attributes"),
    }.OfType<RuleViolation>();

    internal NewRequest ToNew(Guid? resident) => new(Category, Channel, new PlaceId(CompoundId), Description, resident is { } r ? new NeighborParty.Membership.ResidentId(r) : null,
        BuildingId is { } b ? new PlaceId(b) : null, Latitude, Longitude, IsPublic, Media, Attributes);
}

/// <summary>Whom a request is assigned to.</summary>
public sealed record AssignBody(AssigneeKind Kind, string Name, Guid? AssigneeId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Defined<AssigneeKind>(Kind, "kind"), FieldRules.Name(Name, "name") }.OfType<RuleViolation>();
}

/// <summary>A short text: a resolution, a reason, evidence, a result.</summary>
public sealed record TextBody(string Text) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Text, "text") }.OfType<RuleViolation>();
}

/// <summary>The resident's rating when closing.</summary>
public sealed record RatingBody(int Rating, string? Comment = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Range(Rating, 1, 5, "rating"), Comment is null ? null : FieldRules.Name(Comment, "comment") }.OfType<RuleViolation>();
}

/// <summary>The request another one duplicates.</summary>
public sealed record DuplicateBody(Guid Of) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Id(Of, "of") }.OfType<RuleViolation>();
}

/// <summary>One transition of a request.</summary>
public sealed record TransitionResponse(int Number, RequestState State, string StateZh, Instant At, string? Actor, string? Note);

/// <summary>A request.</summary>
public sealed record RequestResponse(Guid Id, string Category, string Channel, RequestState State, string StateZh, Guid? ResidentId, Guid CompoundId, Guid? BuildingId,
    double? Latitude, double? Longitude, string Description, bool IsPublic, Instant ReceivedAt, Instant DueAt, bool Overdue, AssigneeKind? AssigneeKind, string? AssigneeName,
    Guid? DuplicateOf, string? Outcome, int? Rating, string? RatingComment, int ReopenCount, Instant? FirstResolvedAt, IReadOnlyList<string> Media,
    IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<TransitionResponse> Transitions, long Version)
{
    /// <summary>Shows a request; <paramref name="full"/> is false for a public request seen by another resident (no resident id, no actors).</summary>
    internal static RequestResponse From(ResidentRequest r, Instant now, bool full) => new(r.Id.Value, r.Category, r.Channel, r.State, RequestStateNames.Chinese(r.State),
        full ? r.ResidentId?.Value : null, r.CompoundId.Value, r.BuildingId?.Value, r.Latitude, r.Longitude, r.Description, r.IsPublic, r.ReceivedAt, r.DueAt, r.IsOverdueAt(now),
        r.AssigneeKind, r.AssigneeName, r.DuplicateOf?.Value, r.Outcome, r.Rating, r.RatingComment, r.ReopenCount, r.FirstResolvedAt, [.. r.Media.Select(m => m.Url)],
        r.Attributes.ToDictionary(a => a.Code, a => a.Value, StringComparer.Ordinal),
        [.. r.Transitions.Select(t => new TransitionResponse(t.Number, t.State, RequestStateNames.Chinese(t.State), t.At, full ? t.Actor : null, t.Note))], r.Version);
}

/// <summary>A request and where it led: the deliberations on it, their decisions and actions.</summary>
public sealed record RequestTrailResponse(RequestResponse Request, IReadOnlyList<DeliberationResponse> Deliberations);

/// <summary>The request figures of a place and span.</summary>
public sealed record RequestFiguresResponse(Guid PlaceId, LocalDate From, LocalDate To, int ProblemsSolved, int Platforms);

/// <summary>The request catalogues.</summary>
public sealed record RequestCataloguesResponse(IReadOnlyList<RequestCategory> Categories, IReadOnlyList<RequestChannel> Channels);

/// <summary>A micro-wish as posted.</summary>
public sealed record PostWishBody(string Wish, Guid? ResidentId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Wish, "wish"), ResidentId is { } r ? FieldRules.Id(r, "residentId") : null }.OfType<RuleViolation>();
}

/// <summary>Who claims a wish: a member or a partner.</summary>
public sealed record ClaimWishBody(Guid? MemberId = null, Guid? PartnerId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        (MemberId is null) == (PartnerId is null) ? new RuleViolation("NP-GEN-003", "Give exactly one of 'memberId' and 'partnerId'.", "须且只能填写“memberId”或“partnerId”之一。", target: "memberId") : null,
        MemberId is { } m ? FieldRules.Id(m, "memberId") : null, PartnerId is { } p ? FieldRules.Id(p, "partnerId") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A micro-wish.</summary>
public sealed record WishResponse(Guid Id, Guid? ResidentId, Guid CompoundId, string Wish, WishState State, string StateZh, Instant PostedAt, LocalDate DueOn, bool Overdue,
    Guid? ClaimedByMember, Guid? ClaimedByPartner, string? Evidence, Instant? FulfilledAt, Instant? ConfirmedAt, long Version)
{
    internal static WishResponse From(MicroWish w, LocalDate today, bool full) => new(w.Id.Value, full ? w.ResidentId.Value : null, w.CompoundId.Value, w.Wish, w.State,
        RequestStateNames.Chinese(w.State), w.PostedAt, w.DueOn, w.IsOverdueOn(today), w.ClaimedByMember?.Value, w.ClaimedByPartner?.Value, w.Evidence, w.FulfilledAt,
        w.ConfirmedAt, w.Version);
}

/// <summary>A participant as invited.</summary>
public sealed record ParticipantDto(ParticipantParty Party, string Name, Guid? ReferenceId = null, bool? Votes = null);

/// <summary>A deliberation as convened.</summary>
public sealed record ConveneBody(string Title, Guid CompoundId, string Venue, Instant ScheduledAt, IReadOnlyList<Guid> Requests, IReadOnlyList<ParticipantDto> Participants,
    IReadOnlyList<string>? Agenda = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Name(Title, "title"), FieldRules.Id(CompoundId, "compoundId"), FieldRules.Key(Venue, "venue"),
        FieldRules.Count(Requests?.Count ?? 0, 1, 20, "requests"), FieldRules.Count(Participants?.Count ?? 0, 1, 60, "participants"),
        FieldRules.Count(Agenda?.Count ?? 0, 0, 20, "agenda"),
    }.Concat((Participants ?? []).Take(60).SelectMany((p, i) => p is null
        ? [new RuleViolation("NP-GEN-001", "A participant is empty.", "参会者不能为空。", target: $"participants[{i}]")]
        : new[] { FieldRules.Defined<ParticipantParty>(p.Party, $"participants[{i}].party"), FieldRules.Name(p.Name, $"participants[{i}].name") }))
        .Concat((Agenda ?? []).Take(20).Select((a, i) => FieldRules.Name(a, $"agenda[{i}]")))
        .OfType<RuleViolation>();

    internal NewDeliberation ToNew() => new(Title, new PlaceId(CompoundId), Venue, ScheduledAt, [.. Requests.Select(r => new RequestId(r))],
        [.. Participants.Select(p => new NewParticipant(p.Party, p.Name, p.ReferenceId, p.Votes))], Agenda);
}

/// <summary>A proposal as tabled.</summary>
public sealed record ProposalBody(string Text, int? ProposedBy = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Text, "text"), FieldRules.Range(ProposedBy, 1, 60, "proposedBy") }.OfType<RuleViolation>();
}

/// <summary>Who is present when the session opens.</summary>
public sealed record OpenSessionBody(IReadOnlyList<int> Present) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Count(Present?.Count ?? 0, 0, 60, "present") }
        .Concat((Present ?? []).Take(60).Select((p, i) => FieldRules.Range(p, 1, 60, $"present[{i}]"))).OfType<RuleViolation>();
}

/// <summary>A vote.</summary>
public sealed record VoteBody(int Proposal, int Participant, VoteChoice Choice) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Range(Proposal, 1, 20, "proposal"), FieldRules.Range(Participant, 1, 60, "participant"), FieldRules.Defined<VoteChoice>(Choice, "choice"),
    }.OfType<RuleViolation>();
}

/// <summary>The decision: a proposal to adopt, or none with a note.</summary>
public sealed record DecideBody(int? Proposal = null, string? Note = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Range(Proposal, 1, 20, "proposal"), Note is null ? null : FieldRules.Name(Note, "note"),
        Proposal is null && Note is null ? new RuleViolation("NP-GEN-001", "Without a proposal, say why none was adopted.", "未采纳方案时须说明理由。", target: "note") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A follow-up action as assigned.</summary>
public sealed record ActionBody(string Description, AssigneeKind AssigneeKind, string Assignee, LocalDate DueOn, Guid? RequestId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Name(Description, "description"), FieldRules.Defined<AssigneeKind>(AssigneeKind, "assigneeKind"), FieldRules.Name(Assignee, "assignee"),
        FieldRules.Range(DueOn.Year, 2000, 9999, "dueOn"), RequestId is { } r ? FieldRules.Id(r, "requestId") : null,
    }.OfType<RuleViolation>();
}

/// <summary>The end of a follow-up action.</summary>
public sealed record EndActionBody(bool Done, string Result) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Result, "result") }.OfType<RuleViolation>();
}

/// <summary>A deliberation, with each proposal's tally under the district's policy.</summary>
public sealed record DeliberationResponse(Guid Id, string Title, Guid CompoundId, string Venue, Instant ScheduledAt, DeliberationState State, IReadOnlyList<Guid> Requests,
    IReadOnlyList<Participant> Participants, IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<ProposalResponse> Proposals, int? AdoptedProposal, string? Decision,
    Instant? DecidedAt, IReadOnlyList<ActionResponse> Actions, string? Result, Instant? EndedAt, long Version)
{
    /// <summary>The state in Chinese.</summary>
    public string StateZh => Common.ChineseLabels.Of(State);

    /// <summary>Shows a deliberation; <paramref name="full"/> is false for a resident following someone else's public request: participants unnamed, no votes, tallies only.</summary>
    internal static DeliberationResponse From(Deliberation d, DeliberationPolicy policy, bool full) => new(d.Id.Value, d.Title, d.CompoundId.Value, d.Venue, d.ScheduledAt, d.State,
        [.. d.Requests.Select(r => r.Value)],
        full ? d.Participants : [.. d.Participants.Select(p => new Participant(p.Number, p.Party, $"参会者 {p.Number}", null, p.Votes, p.Present))],
        d.Agenda,
        [.. d.Proposals.Select(p => new ProposalResponse(p.Number, p.Text, p.ProposedBy, d.Tally(p.Number, policy),
            full ? [.. d.Votes.Where(v => v.ProposalNumber == p.Number).Select(v => new VoteResponse(v.ParticipantNumber, v.Choice))] : []))],
        d.AdoptedProposal, d.Decision, d.DecidedAt,
        [.. d.Actions.Select(a => new ActionResponse(a.Number, a.Description, a.AssigneeKind, a.Assignee, a.DueOn, a.RequestId?.Value, a.State, a.Result, a.EndedAt))],
        d.Result, d.EndedAt, d.Version);
}

/// <summary>A proposal with its votes and tally.</summary>
public sealed record ProposalResponse(int Number, string Text, int? ProposedBy, ProposalTally Tally, IReadOnlyList<VoteResponse> Votes);

/// <summary>One vote.</summary>
public sealed record VoteResponse(int Participant, VoteChoice Choice);

/// <summary>A follow-up action.</summary>
public sealed record ActionResponse(int Number, string Description, AssigneeKind AssigneeKind, string Assignee, LocalDate DueOn, Guid? RequestId, FollowUpState State,
    string? Result, Instant? EndedAt);
