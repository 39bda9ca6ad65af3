using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>
/// Deliberations (共商共议): convene on a compound's requests, open the session with its attendance, put proposals to
/// the vote under <see cref="DeliberationPolicy"/>, decide, and track the follow-up actions to a result.
/// </summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Each call is one unit of work.</remarks>
public sealed class DeliberationService
{
    /// <summary>No such deliberation (also when outside the caller's scope).</summary>
    public const string NotFound = "NP-DLB-001";

    /// <summary>A step out of order (voting before the session opens, acting after it closed).</summary>
    public const string Step = "NP-DLB-002";

    /// <summary>A vote that does not count: not a voter, not present, or a second vote on the same proposal.</summary>
    public const string VoteRefused = "NP-DLB-003";

    /// <summary>Adopting a proposal that did not pass (no quorum, or too few yes votes).</summary>
    public const string NotPassed = "NP-DLB-004";

    /// <summary>Requests, participants or venue that do not fit (another compound, a declined request, no voter).</summary>
    public const string WrongSetup = "NP-DLB-005";

    /// <summary>Closing while follow-up actions are still open.</summary>
    public const string ActionsOpen = "NP-DLB-006";

    private readonly IUnitOfWork _work;
    private readonly IRepository<Deliberation> _deliberations;
    private readonly IReadRepository<ResidentRequest> _requests;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="DeliberationService"/> class.</summary>
    /// <param name="deliberations">The deliberation repository.</param>
    /// <param name="requests">The request repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeliberationService(IRepository<Deliberation> deliberations, IReadRepository<ResidentRequest> requests, IReadRepository<Place> places, NeighborPartyOptions options,
        IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _deliberations = deliberations ?? throw new ArgumentNullException(nameof(deliberations));
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private DeliberationPolicy Policy => _options.Requests.Deliberation;

    /// <summary>Convenes a deliberation on one or more requests of a compound.</summary>
    /// <param name="deliberation">What, where, when, who, and the agenda.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deliberation"/> is null.</exception>
    /// <exception cref="RuleViolationException">A request of another compound or one declined or a duplicate, no voter, too many participants, an unknown venue (<c>NP-DLB-005</c>).</exception>
    public Task<Deliberation> ConveneAsync(NewDeliberation deliberation, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Deliberation>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(deliberation);
            var title = TextRules.RequireName(deliberation.Title, "title");
            if (deliberation.Venue is null || !_options.Requests.Channels.ContainsKey(deliberation.Venue))
            {
                throw Fail(WrongSetup, $"Unknown venue '{deliberation.Venue}' (a channel key such as listening-garden).", $"未知的议事场所“{deliberation.Venue}”。", "venue");
            }

            var compound = await _places.GetByIdAsync(deliberation.CompoundId, cancellationToken);
            if (compound is not { Kind: PlaceKind.Compound })
            {
                throw Fail(WrongSetup, $"{deliberation.CompoundId} is not a compound.", $"{deliberation.CompoundId} 不是小区。", "compoundId",
                    compound is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
            }

            var requestIds = (deliberation.Requests ?? []).Distinct().ToList();
            if (requestIds.Count is < 1 or > 20)
            {
                throw Fail(WrongSetup, "A deliberation is about 1 to 20 requests.", "议事须针对1至20项诉求。", "requests");
            }

            foreach (var id in requestIds)
            {
                var request = await _requests.GetByIdAsync(id, cancellationToken);
                if (request is null || request.CompoundId != compound.Id || request.State is RequestState.Declined or RequestState.Duplicate)
                {
                    throw Fail(WrongSetup, $"Request {id} is not a standing request of this compound.", $"诉求 {id} 不是本小区有效的诉求。", "requests",
                        request is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
                }
            }

            var participants = new List<(ParticipantParty, string, Guid?, bool)>();
            foreach (var p in deliberation.Participants ?? [])
            {
                if (p is null || FieldRules.Defined<ParticipantParty>(p.Party, "participants") is { } violation)
                {
                    throw Fail(WrongSetup, "Each participant speaks for a known party.", "每位参会者须代表已知的一方。", "participants");
                }

                participants.Add((p.Party, TextRules.RequireName(p.Name, "participants"), p.ReferenceId, p.Votes ?? p.Party != ParticipantParty.Other));
            }

            if (participants.Count > Policy.MaxParticipants || !participants.Any(p => p.Item4))
            {
                throw Fail(WrongSetup, $"A deliberation has 1 to {Policy.MaxParticipants} participants, at least one of whom votes.",
                    $"议事须有1至{Policy.MaxParticipants}名参会者，且至少一人有表决权。", "participants");
            }

            var agenda = (deliberation.Agenda ?? []).Select(a => TextRules.RequireName(a, "agenda")).ToList();
            if (agenda.Count > 20)
            {
                throw Fail(WrongSetup, "An agenda has at most 20 items.", "议程最多20项。", "agenda");
            }

            var item = Deliberation.Create(DeliberationId.New(), title, compound, deliberation.Venue, deliberation.ScheduledAt, requestIds, participants,
                agenda.Count > 0 ? agenda : [title]);
            _deliberations.Add(item);
            return item;
        }, cancellationToken);

    /// <summary>Adds a proposal (before or during the session).</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="text">The wording (1–100 characters).</param>
    /// <param name="proposedBy">The participant who proposes it, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Already decided (<c>NP-DLB-002</c>); an unknown participant (<c>NP-DLB-005</c>).</exception>
    public Task<Deliberation> ProposeAsync(DeliberationId id, string text, int? proposedBy = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var wording = TextRules.RequireName(text, "text");
        return ChangeAsync(id, expectedVersion, [DeliberationState.Convened, DeliberationState.InSession], d =>
        {
            if (proposedBy is { } by && d.FindParticipant(by) is null)
            {
                throw Fail(WrongSetup, $"No participant {by}.", $"没有编号为 {by} 的参会者。", "proposedBy");
            }

            if (d.Proposals.Count >= 20)
            {
                throw Fail(WrongSetup, "At most 20 proposals.", "最多20项方案。", "text");
            }

            d.AddProposal(wording, proposedBy);
        }, cancellationToken);
    }

    /// <summary>Opens the session, recording who is present.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="present">The numbers of the participants present.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Not convened (<c>NP-DLB-002</c>); an unknown participant (<c>NP-DLB-005</c>).</exception>
    public Task<Deliberation> OpenAsync(DeliberationId id, IReadOnlyCollection<int> present, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(present);
        return ChangeAsync(id, expectedVersion, [DeliberationState.Convened], d =>
        {
            foreach (var number in present)
            {
                if (d.FindParticipant(number) is null)
                {
                    throw Fail(WrongSetup, $"No participant {number}.", $"没有编号为 {number} 的参会者。", "present");
                }
            }

            d.Open(present, _clock.GetCurrentInstant());
        }, cancellationToken);
    }

    /// <summary>Records a participant's vote on a proposal: once, by a voter who is present.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="proposal">The proposal's number.</param>
    /// <param name="participant">The participant's number.</param>
    /// <param name="choice">Yes, no or abstain.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Not in session (<c>NP-DLB-002</c>); not a present voter, a second vote, an unknown proposal (<c>NP-DLB-003</c>).</exception>
    public Task<Deliberation> VoteAsync(DeliberationId id, int proposal, int participant, VoteChoice choice, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (FieldRules.Defined<VoteChoice>(choice, "choice") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        return ChangeAsync(id, expectedVersion, [DeliberationState.InSession], d =>
        {
            if (!d.HasProposal(proposal))
            {
                throw Fail(VoteRefused, $"No proposal {proposal}.", $"没有编号为 {proposal} 的方案。", "proposal", RuleViolationKind.NotFound);
            }

            if (d.FindParticipant(participant) is not { Votes: true, Present: true })
            {
                throw Fail(VoteRefused, $"Participant {participant} is not a voter present at the session.", $"参会者 {participant} 不是到会的表决人。", "participant");
            }

            if (d.HasVoted(proposal, participant))
            {
                throw Fail(VoteRefused, $"Participant {participant} has already voted on proposal {proposal}.", $"参会者 {participant} 已对方案 {proposal} 表决。", "participant",
                    RuleViolationKind.Conflict);
            }

            d.Cast(proposal, participant, choice);
        }, cancellationToken);
    }

    /// <summary>Decides: adopts a proposal that passed, or records that none was adopted.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="proposal">The proposal to adopt, or null for no decision.</param>
    /// <param name="note">Why no proposal was adopted (required then), or a note to the decision (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Not in session (<c>NP-DLB-002</c>); the proposal did not pass (<c>NP-DLB-004</c>).</exception>
    public Task<Deliberation> DecideAsync(DeliberationId id, int? proposal, string? note = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = proposal is null ? TextRules.RequireName(note, "note") : TextRules.OptionalName(note, "note");
        return ChangeAsync(id, expectedVersion, [DeliberationState.InSession], d =>
        {
            if (proposal is not { } number)
            {
                d.Decide(null, text!, _clock.GetCurrentInstant());
                return;
            }

            if (!d.HasProposal(number))
            {
                throw Fail(NotPassed, $"No proposal {number}.", $"没有编号为 {number} 的方案。", "proposal", RuleViolationKind.NotFound);
            }

            var tally = d.Tally(number, Policy);
            if (!tally.Passed)
            {
                throw Fail(NotPassed,
                    tally.Quorate
                        ? $"Proposal {number} did not pass: {tally.Yes} yes of {tally.Present} present voters."
                        : $"No quorum: {tally.Present} of {tally.Voters} voters present.",
                    tally.Quorate ? $"方案 {number} 未获通过：到会表决人 {tally.Present} 人中赞成 {tally.Yes} 人。" : $"未达法定人数：表决人 {tally.Voters} 人中到会 {tally.Present} 人。",
                    "proposal");
            }

            var wording = d.Proposals.First(p => p.Number == number).Text;
            d.Decide(number, text is null ? wording : $"{wording}（{text}）", _clock.GetCurrentInstant());
        }, cancellationToken);
    }

    /// <summary>Assigns a follow-up action of the decision.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="action">What, who, by when, and which request it answers.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    /// <exception cref="RuleViolationException">Not decided (<c>NP-DLB-002</c>); a request not deliberated here (<c>NP-DLB-005</c>).</exception>
    public Task<Deliberation> AddActionAsync(DeliberationId id, NewFollowUpAction action, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var description = TextRules.RequireName(action.Description, "description");
        var assignee = TextRules.RequireName(action.Assignee, "assignee");
        if (FieldRules.Defined<AssigneeKind>(action.AssigneeKind, "assigneeKind") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        return ChangeAsync(id, expectedVersion, [DeliberationState.Decided], d =>
        {
            if (action.RequestId is { } r && !d.Requests.Contains(r))
            {
                throw Fail(WrongSetup, $"Request {r} is not deliberated here.", $"诉求 {r} 不在本次议事之列。", "requestId");
            }

            if (d.Actions.Count >= 50)
            {
                throw Fail(WrongSetup, "At most 50 actions.", "最多50项后续行动。", "description");
            }

            d.AddAction(description, action.AssigneeKind, assignee, action.DueOn, action.RequestId);
        }, cancellationToken);
    }

    /// <summary>Ends a follow-up action: done with its result, or dropped with a reason.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="number">The action's number.</param>
    /// <param name="done">Done (true) or dropped (false).</param>
    /// <param name="result">The result or the reason (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Not decided, no such action, or already ended (<c>NP-DLB-002</c>).</exception>
    public Task<Deliberation> EndActionAsync(DeliberationId id, int number, bool done, string result, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(result, "result");
        return ChangeAsync(id, expectedVersion, [DeliberationState.Decided], d =>
        {
            var action = d.FindAction(number) ?? throw Fail(Step, $"No action {number}.", $"没有编号为 {number} 的后续行动。", "number", RuleViolationKind.NotFound);
            if (action.State != FollowUpState.Open)
            {
                throw Fail(Step, $"Action {number} has already ended.", $"后续行动 {number} 已结束。", "number", RuleViolationKind.Conflict);
            }

            d.EndAction(action.Number, done ? FollowUpState.Done : FollowUpState.Dropped, text, _clock.GetCurrentInstant());
        }, cancellationToken);
    }

    /// <summary>Closes a decided deliberation whose actions have all ended, recording the result.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="result">What came of it (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Not decided (<c>NP-DLB-002</c>); actions still open (<c>NP-DLB-006</c>).</exception>
    public Task<Deliberation> CloseAsync(DeliberationId id, string result, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(result, "result");
        return ChangeAsync(id, expectedVersion, [DeliberationState.Decided], d =>
        {
            var open = d.Actions.Count(a => a.State == FollowUpState.Open);
            if (open > 0)
            {
                throw Fail(ActionsOpen, $"{open} follow-up action(s) are still open.", $"尚有 {open} 项后续行动未完成。", "actions", RuleViolationKind.Conflict);
            }

            d.End(DeliberationState.Closed, text, _clock.GetCurrentInstant());
        }, cancellationToken);
    }

    /// <summary>Calls off a deliberation before a decision.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Already decided (<c>NP-DLB-002</c>).</exception>
    public Task<Deliberation> CancelAsync(DeliberationId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(reason, "reason");
        return ChangeAsync(id, expectedVersion, [DeliberationState.Convened, DeliberationState.InSession],
            d => d.End(DeliberationState.Cancelled, text, _clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>Returns a deliberation.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">No such deliberation (<c>NP-DLB-001</c>).</exception>
    public async Task<Deliberation> GetAsync(DeliberationId id, CancellationToken cancellationToken = default) =>
        await _deliberations.GetByIdAsync(id, cancellationToken)
        ?? throw Fail(NotFound, $"No deliberation {id}.", $"没有编号为 {id} 的议事。", "id", RuleViolationKind.NotFound);

    private Task<Deliberation> ChangeAsync(DeliberationId id, long? expectedVersion, DeliberationState[] from, Action<Deliberation> change,
        CancellationToken cancellationToken) =>
        _work.ExecuteAsync<Deliberation>(async ct =>
        {
            var deliberation = await GetAsync(id, cancellationToken);
            deliberation.EnsureVersion(expectedVersion, "deliberation");
            if (!from.Contains(deliberation.State))
            {
                throw Fail(Step, $"A deliberation that is {deliberation.State} cannot take this step.", $"状态为 {deliberation.State} 的议事不能执行此操作。", "state",
                    RuleViolationKind.Conflict);
            }

            change(deliberation);
            _deliberations.Update(deliberation);
            return deliberation;
        }, cancellationToken);

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}
