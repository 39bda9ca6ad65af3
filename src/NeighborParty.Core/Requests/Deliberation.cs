using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>Where a deliberation stands: convened → in session → decided → closed, or cancelled before a decision.</summary>
public enum DeliberationState
{
    /// <summary>Called, with its participants and agenda; not held yet.</summary>
    Convened = 1,

    /// <summary>Being held: attendance is recorded, proposals are voted.</summary>
    InSession = 2,

    /// <summary>A decision was taken (or none was); follow-up actions are tracked.</summary>
    Decided = 3,

    /// <summary>Every follow-up action is done or dropped; the result is recorded.</summary>
    Closed = 4,

    /// <summary>Called off before a decision.</summary>
    Cancelled = 5,
}

/// <summary>Which party a participant of a deliberation speaks for (DOMAIN §7).</summary>
public enum ParticipantParty
{
    /// <summary>The compound's Party branch.</summary>
    Branch = 1,

    /// <summary>The owners' committee.</summary>
    OwnersCommittee = 2,

    /// <summary>The property-service company.</summary>
    PropertyCompany = 3,

    /// <summary>A co-building party.</summary>
    Partner = 4,

    /// <summary>A residents' representative.</summary>
    ResidentRepresentative = 5,

    /// <summary>Anyone else invited (a community worker, an expert); does not vote unless said so.</summary>
    Other = 6,
}

/// <summary>A vote on a proposal.</summary>
public enum VoteChoice
{
    /// <summary>For.</summary>
    Yes = 1,

    /// <summary>Against.</summary>
    No = 2,

    /// <summary>Abstains.</summary>
    Abstain = 3,
}

/// <summary>Where a follow-up action stands.</summary>
public enum FollowUpState
{
    /// <summary>Assigned, not done yet.</summary>
    Open = 1,

    /// <summary>Done, with its result.</summary>
    Done = 2,

    /// <summary>Dropped, with a reason.</summary>
    Dropped = 3,
}

/// <summary>
/// A deliberation (共商共议, 小区事邻里议): a meeting of the branch, owners' committee, property company, partners and
/// residents' representatives on one or more requests of a compound, with an agenda, proposals, votes, a decision and
/// follow-up actions — so that request → deliberation → actions → result can be followed. Changed only through
/// <see cref="DeliberationService"/>.
/// </summary>
public sealed class Deliberation : AggregateRoot<DeliberationId>, IAuditedNode
{
    private readonly List<DeliberationRequest> _requests = [];
    private readonly List<Participant> _participants = [];
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Proposal> _proposals = [];
    private readonly List<Vote> _votes = [];
    private readonly List<FollowUpAction> _actions = [];

    private Deliberation()
        : base(default)
    {
    }

    private Deliberation(DeliberationId id)
        : base(id)
    {
    }

    /// <summary>Gets the matter (1–100 characters).</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; private set; }

    /// <summary>Gets the high half of the compound's position.</summary>
    public long CompoundPathHigh { get; private set; }

    /// <summary>Gets the low half of the compound's position.</summary>
    public long CompoundPathLow { get; private set; }

    /// <summary>Gets the compound's position.</summary>
    public HierarchyPath CompoundPath => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

    /// <summary>Gets where it meets: a channel key (邻听园, 议事亭 …).</summary>
    public string Venue { get; private set; } = string.Empty;

    /// <summary>Gets when it is (or was) to be held.</summary>
    public Instant ScheduledAt { get; private set; }

    /// <summary>Gets the state.</summary>
    public DeliberationState State { get; private set; }

    /// <summary>Gets when the session opened, or null.</summary>
    public Instant? OpenedAt { get; private set; }

    /// <summary>Gets the adopted proposal's number, or null (no decision, or not decided yet).</summary>
    public int? AdoptedProposal { get; private set; }

    /// <summary>Gets the decision as recorded (the adopted proposal's wording, or why none was adopted), or null.</summary>
    public string? Decision { get; private set; }

    /// <summary>Gets when it was decided, or null.</summary>
    public Instant? DecidedAt { get; private set; }

    /// <summary>Gets the result once closed (what came of the actions), or the reason it was cancelled, or null.</summary>
    public string? Result { get; private set; }

    /// <summary>Gets when it was closed or cancelled, or null.</summary>
    public Instant? EndedAt { get; private set; }

    /// <summary>Gets the requests it deliberates on.</summary>
    public IReadOnlyList<RequestId> Requests => [.. _requests.Select(r => r.RequestId).Order()];

    /// <summary>Gets the links to the requests (for queries from a request to its deliberations).</summary>
    public IReadOnlyList<DeliberationRequest> RequestLinks => _requests;

    /// <summary>Gets the participants, by number.</summary>
    public IReadOnlyList<Participant> Participants => [.. _participants.OrderBy(p => p.Number)];

    /// <summary>Gets the agenda, by number.</summary>
    public IReadOnlyList<AgendaItem> Agenda => [.. _agenda.OrderBy(a => a.Number)];

    /// <summary>Gets the proposals, by number.</summary>
    public IReadOnlyList<Proposal> Proposals => [.. _proposals.OrderBy(p => p.Number)];

    /// <summary>Gets the votes cast, by proposal and participant.</summary>
    public IReadOnlyList<Vote> Votes => [.. _votes.OrderBy(v => v.ProposalNumber).ThenBy(v => v.ParticipantNumber)];

    /// <summary>Gets the follow-up actions, by number.</summary>
    public IReadOnlyList<FollowUpAction> Actions => [.. _actions.OrderBy(a => a.Number)];

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => CompoundId.Value;

    HierarchyPath IAuditedNode.Path => CompoundPath;

    /// <summary>Counts the votes on a proposal under <paramref name="policy"/>.</summary>
    /// <param name="proposal">The proposal's number.</param>
    /// <param name="policy">The quorum and threshold.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such proposal.</exception>
    public ProposalTally Tally(int proposal, DeliberationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (_proposals.All(p => p.Number != proposal))
        {
            throw new ArgumentOutOfRangeException(nameof(proposal), proposal, "No such proposal.");
        }

        var voters = _participants.Count(p => p.Votes);
        var present = _participants.Count(p => p.Votes && p.Present);
        int yes = 0, no = 0, abstain = 0;
        foreach (var vote in _votes)
        {
            if (vote.ProposalNumber != proposal)
            {
                continue;
            }

            switch (vote.Choice)
            {
                case VoteChoice.Yes: yes++; break;
                case VoteChoice.No: no++; break;
                default: abstain++; break;
            }
        }

        var quorate = policy.IsQuorate(present, voters);
        var basis = policy.Basis switch
        {
            PassBasis.VotesCast => yes + no + abstain,
            PassBasis.AllVoters => voters,
            _ => present,
        };
        return new ProposalTally(proposal, voters, present, yes, no, abstain, quorate, quorate && policy.Passes(yes, basis));
    }

    internal static Deliberation Create(DeliberationId id, string title, Place compound, string venue, Instant scheduledAt, IEnumerable<RequestId> requests,
        IEnumerable<(ParticipantParty Party, string Name, Guid? ReferenceId, bool Votes)> participants, IEnumerable<string> agenda)
    {
        var d = new Deliberation(id)
        {
            Title = title, CompoundId = compound.Id, CompoundPathHigh = compound.Path.SortKeyHigh, CompoundPathLow = compound.Path.SortKeyLow, Venue = venue,
            ScheduledAt = scheduledAt, State = DeliberationState.Convened,
        };
        d._requests.AddRange(requests.Distinct().Select(r => new DeliberationRequest(r)));
        var n = 0;
        d._participants.AddRange(participants.Select(p => new Participant(++n, p.Party, p.Name, p.ReferenceId, p.Votes)));
        n = 0;
        d._agenda.AddRange(agenda.Select(a => new AgendaItem(++n, a)));
        d.Raise(new DeliberationChanged(id, "convened", scheduledAt));
        return d;
    }

    internal Participant? FindParticipant(int number) => _participants.Find(p => p.Number == number);

    internal FollowUpAction? FindAction(int number) => _actions.Find(a => a.Number == number);

    internal bool HasProposal(int number) => _proposals.Exists(p => p.Number == number);

    internal bool HasVoted(int proposal, int participant) => _votes.Exists(v => v.ProposalNumber == proposal && v.ParticipantNumber == participant);

    internal Proposal AddProposal(string text, int? by)
    {
        var proposal = new Proposal(_proposals.Count + 1, text, by);
        _proposals.Add(proposal);
        return proposal;
    }

    internal void Open(IReadOnlyCollection<int> present, Instant now)
    {
        foreach (var p in _participants)
        {
            p.SetPresent(present.Contains(p.Number));
        }

        State = DeliberationState.InSession;
        OpenedAt = now;
        Raise(new DeliberationChanged(Id, "opened", now));
    }

    internal void Cast(int proposal, int participant, VoteChoice choice) => _votes.Add(new Vote(proposal, participant, choice));

    internal void Decide(int? proposal, string decision, Instant now)
    {
        AdoptedProposal = proposal;
        Decision = decision;
        DecidedAt = now;
        State = DeliberationState.Decided;
        Raise(new DeliberationChanged(Id, "decided", now));
    }

    internal FollowUpAction AddAction(string description, Requests.AssigneeKind kind, string assignee, LocalDate dueOn, RequestId? request)
    {
        var action = new FollowUpAction(_actions.Count + 1, description, kind, assignee, dueOn, request);
        _actions.Add(action);
        return action;
    }

    internal void End(DeliberationState state, string result, Instant now)
    {
        State = state;
        Result = result;
        EndedAt = now;
        Raise(new DeliberationChanged(Id, state == DeliberationState.Closed ? "closed" : "cancelled", now));
    }
}

/// <summary>A request a deliberation is about.</summary>
public sealed class DeliberationRequest
{
    private DeliberationRequest()
    {
    }

    internal DeliberationRequest(RequestId requestId) => RequestId = requestId;

    /// <summary>Gets the request.</summary>
    public RequestId RequestId { get; private set; }
}

/// <summary>A participant of a deliberation.</summary>
public sealed class Participant
{
    private Participant()
    {
    }

    internal Participant(int number, ParticipantParty party, string name, Guid? referenceId, bool votes)
    {
        Number = number;
        Party = party;
        Name = name;
        ReferenceId = referenceId;
        Votes = votes;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets the party they speak for.</summary>
    public ParticipantParty Party { get; private set; }

    /// <summary>Gets the name (a person, or a person and their body).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the member, resident or partner id, or null.</summary>
    public Guid? ReferenceId { get; private set; }

    /// <summary>Gets whether they vote.</summary>
    public bool Votes { get; private set; }

    /// <summary>Gets whether they were present when the session opened.</summary>
    public bool Present { get; private set; }

    internal void SetPresent(bool present) => Present = present;
}

/// <summary>An agenda item.</summary>
public sealed class AgendaItem
{
    private AgendaItem()
    {
    }

    internal AgendaItem(int number, string text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets the item.</summary>
    public string Text { get; private set; } = string.Empty;
}

/// <summary>A proposal put to the vote.</summary>
public sealed class Proposal
{
    private Proposal()
    {
    }

    internal Proposal(int number, string text, int? proposedBy)
    {
        Number = number;
        Text = text;
        ProposedBy = proposedBy;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets the wording.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Gets the participant who proposed it, or null.</summary>
    public int? ProposedBy { get; private set; }
}

/// <summary>One participant's vote on one proposal.</summary>
public sealed class Vote
{
    private Vote()
    {
    }

    internal Vote(int proposalNumber, int participantNumber, VoteChoice choice)
    {
        ProposalNumber = proposalNumber;
        ParticipantNumber = participantNumber;
        Choice = choice;
    }

    /// <summary>Gets the proposal.</summary>
    public int ProposalNumber { get; private set; }

    /// <summary>Gets the participant.</summary>
    public int ParticipantNumber { get; private set; }

    /// <summary>Gets the choice.</summary>
    public VoteChoice Choice { get; private set; }
}

/// <summary>A follow-up action of a decision: who does what by when, and what came of it.</summary>
public sealed class FollowUpAction
{
    private FollowUpAction()
    {
    }

    internal FollowUpAction(int number, string description, AssigneeKind assigneeKind, string assignee, LocalDate dueOn, RequestId? requestId)
    {
        Number = number;
        Description = description;
        AssigneeKind = assigneeKind;
        Assignee = assignee;
        DueOn = dueOn;
        RequestId = requestId;
        State = FollowUpState.Open;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets what is to be done.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets which party does it.</summary>
    public AssigneeKind AssigneeKind { get; private set; }

    /// <summary>Gets who does it.</summary>
    public string Assignee { get; private set; } = string.Empty;

    /// <summary>Gets the day it is due.</summary>
    public LocalDate DueOn { get; private set; }

    /// <summary>Gets the request it answers, or null (the deliberation as a whole).</summary>
    public RequestId? RequestId { get; private set; }

    /// <summary>Gets the state.</summary>
    public FollowUpState State { get; private set; }

    /// <summary>Gets the result, or the reason it was dropped, or null.</summary>
    public string? Result { get; private set; }

    /// <summary>Gets when it was done or dropped, or null.</summary>
    public Instant? EndedAt { get; private set; }

    /// <summary>Returns whether it is open after its due day.</summary>
    /// <param name="today">Today.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueOn(LocalDate today) => State == FollowUpState.Open && today > DueOn;

    internal void End(FollowUpState state, string result, Instant now)
    {
        State = state;
        Result = result;
        EndedAt = now;
    }
}

/// <summary>The count of a proposal's votes.</summary>
/// <param name="Proposal">The proposal's number.</param>
/// <param name="Voters">Participants entitled to vote.</param>
/// <param name="Present">Voters present.</param>
/// <param name="Yes">Yes votes.</param>
/// <param name="No">No votes.</param>
/// <param name="Abstain">Abstentions.</param>
/// <param name="Quorate">Whether enough voters were present.</param>
/// <param name="Passed">Whether it is quorate and the yes votes pass the threshold.</param>
public sealed record ProposalTally(int Proposal, int Voters, int Present, int Yes, int No, int Abstain, bool Quorate, bool Passed);

/// <summary>A deliberation changed state.</summary>
/// <param name="DeliberationId">The deliberation.</param>
/// <param name="Step">convened, opened, decided, closed or cancelled.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DeliberationChanged(DeliberationId DeliberationId, string Step, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "deliberation." + Step;

    string Domain.IAuditedEvent.AuditSummary => $"Deliberation {DeliberationId}: {Step}";
}
