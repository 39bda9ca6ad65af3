using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>
/// A deliberation (共商共议, 小区事邻里议): a meeting of the branch, owners' committee, property company, partners and
/// residents' representatives on one or more requests of a compound, with an agenda, proposals, votes, a decision and
/// follow-up actions — so that request → deliberation → actions → result can be followed. Each step checks its rules
/// (NP-DLB-…) before anything changes; <see cref="DeliberationService"/> loads, steps and commits.
/// </summary>
public sealed partial class Deliberation : AggregateRoot<DeliberationId>, IAuditedNode, ISnapshotable<Deliberation, DeliberationSnapshot>, IPlaced<Deliberation>
{
    private readonly List<DeliberationRequest> _requestLinks = [];
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

    /// <summary>Gets the compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets the compound's position.</summary>
    public HierarchyPath CompoundPath => Compound.Path;

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
    public IReadOnlyList<RequestId> Requests => [.. _requestLinks.Select(r => r.RequestId).Order()];

    /// <summary>Gets the links to the requests (for queries from a request to its deliberations).</summary>
    public IReadOnlyList<DeliberationRequest> RequestLinks => _requestLinks;

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

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<Deliberation, TreePosition>>> Positions { get; } = [d => d.Compound];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

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
}
