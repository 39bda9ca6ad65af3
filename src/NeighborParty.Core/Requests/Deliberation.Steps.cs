using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <content>The deliberation's steps: convened → in session → decided → closed, or cancelled before a decision.</content>
public sealed partial class Deliberation
{
    /// <summary>Convenes a deliberation on one or more standing requests of a compound.</summary>
    /// <param name="id">The new deliberation's id.</param>
    /// <param name="deliberation">What, where, when, who, and the agenda.</param>
    /// <param name="compound">The compound <paramref name="deliberation"/> names.</param>
    /// <param name="requests">The requests it names, as read.</param>
    /// <param name="policy">The district's request settings (venues and the deliberation rules).</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The convened deliberation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Not a compound, a request of another compound or one declined or a duplicate, 0 or more than 20 requests,
    /// no voter, too many participants, more than 20 agenda items, an unknown venue (<c>NP-DLB-005</c>).</exception>
    public static Deliberation Convene(DeliberationId id, NewDeliberation deliberation, Place compound, IReadOnlyCollection<ResidentRequest> requests, RequestPolicy policy, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(deliberation);
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(policy);
        var title = TextRules.RequireName(deliberation.Title, "title");
        if (deliberation.Venue is null || !policy.Channels.ContainsKey(deliberation.Venue))
        {
            throw Setup($"Unknown venue '{deliberation.Venue}' (a channel key such as listening-garden).", $"未知的议事场所“{deliberation.Venue}”。", "venue");
        }

        RequestRules.RequireCompound(compound, RequestRules.WrongSetup, "compoundId", schema);
        var ids = requests.Select(r => r.Id).Distinct().ToList();
        if (ids.Count is < 1 or > 20)
        {
            throw Setup("A deliberation is about 1 to 20 requests.", "议事须针对1至20项诉求。", "requests");
        }

        if (requests.FirstOrDefault(r => r.CompoundId != compound.Id || r.State is RequestState.Declined or RequestState.Duplicate) is { } wrong)
        {
            throw Setup($"Request {wrong.Id} is not a standing request of {compound.Name}.", $"诉求 {wrong.Id} 不是{compound.Name}有效的诉求。", "requests");
        }

        var participants = ParticipantsFrom(deliberation.Participants, policy.Deliberation);
        var agenda = (deliberation.Agenda ?? []).Select(a => TextRules.RequireName(a, "agenda")).ToList();
        if (agenda.Count > 20)
        {
            throw Setup("An agenda has at most 20 items.", "议程最多20项。", "agenda");
        }

        var d = new Deliberation(id)
        {
            Title = title, Compound = compound.Position, Venue = deliberation.Venue, ScheduledAt = deliberation.ScheduledAt, State = DeliberationState.Convened,
        };
        d._requestLinks.AddRange(ids.Select(r => new DeliberationRequest(r)));
        d._participants.AddRange(participants);
        var n = 0;
        d._agenda.AddRange((agenda.Count > 0 ? agenda : [title]).Select(a => new AgendaItem(++n, a)));
        d.Raise(new DeliberationChanged(id, "convened", deliberation.ScheduledAt));
        return d;
    }

    /// <summary>Adds a proposal (before or during the session).</summary>
    /// <param name="text">The wording (1–100 characters).</param>
    /// <param name="proposedBy">The participant who proposes it, or null.</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="RuleViolationException">Already decided (<c>NP-DLB-002</c>); an unknown participant or a 21st proposal (<c>NP-DLB-005</c>).</exception>
    public Proposal Propose(string text, int? proposedBy)
    {
        var wording = TextRules.RequireName(text, "text");
        RequireState(DeliberationState.Convened, DeliberationState.InSession);
        if (proposedBy is { } by && FindParticipant(by) is null)
        {
            throw Setup($"No participant {by}.", $"没有编号为 {by} 的参会者。", "proposedBy");
        }

        if (_proposals.Count >= 20)
        {
            throw Setup("At most 20 proposals.", "最多20项方案。", "text");
        }

        var proposal = new Proposal(_proposals.Count + 1, wording, proposedBy);
        _proposals.Add(proposal);
        return proposal;
    }

    /// <summary>Opens the session, recording who is present.</summary>
    /// <param name="present">The numbers of the participants present.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="present"/> is null.</exception>
    /// <exception cref="RuleViolationException">Not convened (<c>NP-DLB-002</c>); an unknown participant (<c>NP-DLB-005</c>).</exception>
    public void Open(IReadOnlyCollection<int> present, Instant now)
    {
        ArgumentNullException.ThrowIfNull(present);
        RequireState(DeliberationState.Convened);
        foreach (var number in present)
        {
            if (FindParticipant(number) is null)
            {
                throw Setup($"No participant {number}.", $"没有编号为 {number} 的参会者。", "present");
            }
        }

        for (var i = 0; i < _participants.Count; i++)
        {
            _participants[i] = _participants[i].WithPresence(present.Contains(_participants[i].Number));
        }

        State = DeliberationState.InSession;
        OpenedAt = now;
        Raise(new DeliberationChanged(Id, "opened", now));
    }

    /// <summary>Records a participant's vote on a proposal: once, by a voter who is present.</summary>
    /// <param name="proposal">The proposal's number.</param>
    /// <param name="participant">The participant's number.</param>
    /// <param name="choice">Yes, no or abstain.</param>
    /// <exception cref="RuleViolationException">Not in session (<c>NP-DLB-002</c>); not a present voter, a second vote, an unknown proposal (<c>NP-DLB-003</c>).</exception>
    public void Vote(int proposal, int participant, VoteChoice choice)
    {
        RequestRules.Require(choice, "choice");
        RequireState(DeliberationState.InSession);
        if (!_proposals.Exists(p => p.Number == proposal))
        {
            throw RequestRules.Fail(RequestRules.VoteRefused, $"No proposal {proposal}.", $"没有编号为 {proposal} 的方案。", "proposal", RuleViolationKind.NotFound);
        }

        if (FindParticipant(participant) is not { Votes: true, Present: true })
        {
            throw RequestRules.Fail(RequestRules.VoteRefused, $"Participant {participant} is not a voter present at the session.", $"参会者 {participant} 不是到会的表决人。", "participant");
        }

        if (_votes.Exists(v => v.ProposalNumber == proposal && v.ParticipantNumber == participant))
        {
            throw RequestRules.Fail(RequestRules.VoteRefused, $"Participant {participant} has already voted on proposal {proposal}.", $"参会者 {participant} 已对方案 {proposal} 表决。",
                "participant", RuleViolationKind.Conflict);
        }

        _votes.Add(new Vote(proposal, participant, choice));
    }

    /// <summary>Decides: adopts a proposal that passed under <paramref name="policy"/>, or records that none was adopted.</summary>
    /// <param name="proposal">The proposal to adopt, or null for no decision.</param>
    /// <param name="note">Why no proposal was adopted (required then), or a note to the decision (1–100 characters).</param>
    /// <param name="policy">The quorum and threshold.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="RuleViolationException">Not in session (<c>NP-DLB-002</c>); the proposal is unknown or did not pass (<c>NP-DLB-004</c>).</exception>
    public void Decide(int? proposal, string? note, DeliberationPolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var text = proposal is null ? TextRules.RequireName(note, "note") : TextRules.OptionalName(note, "note");
        RequireState(DeliberationState.InSession);
        string decision;
        if (proposal is not { } number)
        {
            decision = text!;
        }
        else
        {
            var adopted = _proposals.Find(p => p.Number == number)
                ?? throw RequestRules.Fail(RequestRules.NotPassed, $"No proposal {number}.", $"没有编号为 {number} 的方案。", "proposal", RuleViolationKind.NotFound);
            var tally = Tally(number, policy);
            if (!tally.Passed)
            {
                throw RequestRules.Fail(RequestRules.NotPassed,
                    tally.Quorate ? $"Proposal {number} did not pass: {tally.Yes} yes of {tally.Present} present voters." : $"No quorum: {tally.Present} of {tally.Voters} voters present.",
                    tally.Quorate ? $"方案 {number} 未获通过：到会表决人 {tally.Present} 人中赞成 {tally.Yes} 人。" : $"未达法定人数：表决人 {tally.Voters} 人中到会 {tally.Present} 人。",
                    "proposal");
            }

            decision = text is null ? adopted.Text : $"{adopted.Text}（{text}）";
        }

        AdoptedProposal = proposal;
        Decision = decision;
        DecidedAt = now;
        State = DeliberationState.Decided;
        Raise(new DeliberationChanged(Id, "decided", now));
    }

    /// <summary>Assigns a follow-up action of the decision.</summary>
    /// <param name="action">What, who, by when, and which request it answers.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    /// <exception cref="RuleViolationException">Not decided (<c>NP-DLB-002</c>); a request not deliberated here, or a 51st action (<c>NP-DLB-005</c>).</exception>
    public FollowUpAction AddAction(NewFollowUpAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var description = TextRules.RequireName(action.Description, "description");
        var assignee = TextRules.RequireName(action.Assignee, "assignee");
        RequestRules.Require(action.AssigneeKind, "assigneeKind");
        RequireState(DeliberationState.Decided);
        if (action.RequestId is { } r && !_requestLinks.Exists(l => l.RequestId == r))
        {
            throw Setup($"Request {r} is not deliberated here.", $"诉求 {r} 不在本次议事之列。", "requestId");
        }

        if (_actions.Count >= 50)
        {
            throw Setup("At most 50 actions.", "最多50项后续行动。", "description");
        }

        var added = new FollowUpAction(_actions.Count + 1, description, action.AssigneeKind, assignee, action.DueOn, action.RequestId);
        _actions.Add(added);
        return added;
    }

    /// <summary>Ends a follow-up action: done with its result, or dropped with a reason.</summary>
    /// <param name="number">The action's number.</param>
    /// <param name="done">Done (true) or dropped (false).</param>
    /// <param name="result">The result or the reason (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not decided, no such action, or already ended (<c>NP-DLB-002</c>).</exception>
    public void EndAction(int number, bool done, string result, Instant now)
    {
        var text = TextRules.RequireName(result, "result");
        RequireState(DeliberationState.Decided);
        var index = _actions.FindIndex(a => a.Number == number);
        if (index < 0)
        {
            throw RequestRules.Fail(RequestRules.DeliberationStep, $"No action {number}.", $"没有编号为 {number} 的后续行动。", "number", RuleViolationKind.NotFound);
        }

        if (_actions[index].State != FollowUpState.Open)
        {
            throw RequestRules.Fail(RequestRules.DeliberationStep, $"Action {number} has already ended.", $"后续行动 {number} 已结束。", "number", RuleViolationKind.Conflict);
        }

        _actions[index] = _actions[index].Ended(done ? FollowUpState.Done : FollowUpState.Dropped, text, now);
    }

    /// <summary>Closes a decided deliberation whose actions have all ended, recording the result.</summary>
    /// <param name="result">What came of it (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not decided (<c>NP-DLB-002</c>); actions still open (<c>NP-DLB-006</c>).</exception>
    public void Close(string result, Instant now)
    {
        var text = TextRules.RequireName(result, "result");
        RequireState(DeliberationState.Decided);
        var open = _actions.Count(a => a.State == FollowUpState.Open);
        if (open > 0)
        {
            throw RequestRules.Fail(RequestRules.ActionsOpen, $"{open} follow-up action(s) are still open.", $"尚有 {open} 项后续行动未完成。", "actions", RuleViolationKind.Conflict);
        }

        End(DeliberationState.Closed, text, now);
    }

    /// <summary>Calls off a deliberation before a decision.</summary>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Already decided (<c>NP-DLB-002</c>).</exception>
    public void Cancel(string reason, Instant now)
    {
        var text = TextRules.RequireName(reason, "reason");
        RequireState(DeliberationState.Convened, DeliberationState.InSession);
        End(DeliberationState.Cancelled, text, now);
    }

    private static List<Participant> ParticipantsFrom(IReadOnlyList<NewParticipant>? given, DeliberationPolicy policy)
    {
        var participants = new List<Participant>();
        foreach (var p in given ?? [])
        {
            if (p is null || FieldRules.Defined<ParticipantParty>(p.Party, "participants") is not null)
            {
                throw Setup("Each participant speaks for a known party.", "每位参会者须代表已知的一方。", "participants");
            }

            participants.Add(new Participant(participants.Count + 1, p.Party, TextRules.RequireName(p.Name, "participants"), p.ReferenceId, p.Votes ?? p.Party != ParticipantParty.Other));
        }

        if (participants.Count > policy.MaxParticipants || !participants.Exists(p => p.Votes))
        {
            throw Setup($"A deliberation has 1 to {policy.MaxParticipants} participants, at least one of whom votes.",
                $"议事须有1至{policy.MaxParticipants}名参会者，且至少一人有表决权。", "participants");
        }

        return participants;
    }

    private static RuleViolationException Setup(string message, string messageZh, string target) =>
        RequestRules.Fail(RequestRules.WrongSetup, message, messageZh, target);

    private Participant? FindParticipant(int number) => _participants.Find(p => p.Number == number);

    private void RequireState(params ReadOnlySpan<DeliberationState> from)
    {
        if (!from.Contains(State))
        {
            throw RequestRules.Fail(RequestRules.DeliberationStep, $"A deliberation that is {State} cannot take this step.", $"状态为“{Common.ChineseLabels.Of(State)}”的议事不能执行此操作。", "state",
                RuleViolationKind.Conflict);
        }
    }

    private void End(DeliberationState state, string result, Instant now)
    {
        State = state;
        Result = result;
        EndedAt = now;
        Raise(new DeliberationChanged(Id, state == DeliberationState.Closed ? "closed" : "cancelled", now));
    }
}
