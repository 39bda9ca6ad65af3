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
    public const string NotFound = RequestRules.DeliberationNotFound;

    /// <summary>A step out of order (voting before the session opens, acting after it closed).</summary>
    public const string Step = RequestRules.DeliberationStep;

    /// <summary>A vote that does not count: not a voter, not present, or a second vote on the same proposal.</summary>
    public const string VoteRefused = RequestRules.VoteRefused;

    /// <summary>Adopting a proposal that did not pass (no quorum, or too few yes votes).</summary>
    public const string NotPassed = RequestRules.NotPassed;

    /// <summary>Requests, participants or venue that do not fit (another compound, a declined request, no voter).</summary>
    public const string WrongSetup = RequestRules.WrongSetup;

    /// <summary>Closing while follow-up actions are still open.</summary>
    public const string ActionsOpen = RequestRules.ActionsOpen;

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
    public Task<Deliberation> ConveneAsync(NewDeliberation deliberation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliberation);
        return _work.ExecuteAsync<Deliberation>(async ct =>
        {
            var compound = await _places.GetByIdAsync(deliberation.CompoundId, ct)
                ?? throw RequestRules.NotACompound(WrongSetup, deliberation.CompoundId, "compoundId", _options.Schema, RuleViolationKind.NotFound);
            var requests = new List<ResidentRequest>();
            foreach (var id in (deliberation.Requests ?? []).Distinct().Take(21))
            {
                requests.Add(await _requests.GetByIdAsync(id, ct)
                    ?? throw Fail(WrongSetup, $"Request {id} is not a standing request of {compound.Name}.", $"诉求 {id} 不是{compound.Name}有效的诉求。", "requests", RuleViolationKind.NotFound));
            }

            var item = Deliberation.Convene(DeliberationId.New(), deliberation, compound, requests, _options.Requests, _options.Schema);
            _deliberations.Add(item);
            return item;
        }, cancellationToken);
    }

    /// <summary>Adds a proposal (before or during the session).</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="text">The wording (1–100 characters).</param>
    /// <param name="proposedBy">The participant who proposes it, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Already decided (<c>NP-DLB-002</c>); an unknown participant (<c>NP-DLB-005</c>).</exception>
    public Task<Deliberation> ProposeAsync(DeliberationId id, string text, int? proposedBy = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, d => d.Propose(text, proposedBy), cancellationToken);

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
        return ChangeAsync(id, expectedVersion, d => d.Open(present, _clock.GetCurrentInstant()), cancellationToken);
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
    public Task<Deliberation> VoteAsync(DeliberationId id, int proposal, int participant, VoteChoice choice, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, d => d.Vote(proposal, participant, choice), cancellationToken);

    /// <summary>Decides: adopts a proposal that passed, or records that none was adopted.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="proposal">The proposal to adopt, or null for no decision.</param>
    /// <param name="note">Why no proposal was adopted (required then), or a note to the decision (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Not in session (<c>NP-DLB-002</c>); the proposal did not pass (<c>NP-DLB-004</c>).</exception>
    public Task<Deliberation> DecideAsync(DeliberationId id, int? proposal, string? note = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, d => d.Decide(proposal, note, Policy, _clock.GetCurrentInstant()), cancellationToken);

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
        return ChangeAsync(id, expectedVersion, d => d.AddAction(action), cancellationToken);
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
    public Task<Deliberation> EndActionAsync(DeliberationId id, int number, bool done, string result, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, d => d.EndAction(number, done, result, _clock.GetCurrentInstant()), cancellationToken);

    /// <summary>Closes a decided deliberation whose actions have all ended, recording the result.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="result">What came of it (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Not decided (<c>NP-DLB-002</c>); actions still open (<c>NP-DLB-006</c>).</exception>
    public Task<Deliberation> CloseAsync(DeliberationId id, string result, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, d => d.Close(result, _clock.GetCurrentInstant()), cancellationToken);

    /// <summary>Calls off a deliberation before a decision.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">Already decided (<c>NP-DLB-002</c>).</exception>
    public Task<Deliberation> CancelAsync(DeliberationId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, d => d.Cancel(reason, _clock.GetCurrentInstant()), cancellationToken);

    /// <summary>Returns a deliberation.</summary>
    /// <param name="id">The deliberation.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deliberation.</returns>
    /// <exception cref="RuleViolationException">No such deliberation (<c>NP-DLB-001</c>).</exception>
    public async Task<Deliberation> GetAsync(DeliberationId id, CancellationToken cancellationToken = default) =>
        await _deliberations.GetByIdAsync(id, cancellationToken)
        ?? throw Fail(NotFound, $"No deliberation {id}.", $"没有编号为 {id} 的议事。", "id", RuleViolationKind.NotFound);

    private Task<Deliberation> ChangeAsync(DeliberationId id, long? expectedVersion, Action<Deliberation> step, CancellationToken cancellationToken) =>
        _work.ExecuteAsync<Deliberation>(async ct =>
        {
            var deliberation = await GetAsync(id, ct);
            deliberation.EnsureVersion(expectedVersion, "deliberation");
            step(deliberation);
            _deliberations.Update(deliberation);
            return deliberation;
        }, cancellationToken);

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind) =>
        RequestRules.Fail(code, message, messageZh, target, kind);
}
