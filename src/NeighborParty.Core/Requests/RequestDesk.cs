using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>
/// Residents' requests (诉求) and micro-wishes (微心愿): received, handled and closed under a state machine where no
/// step skips the one before it — a request is closed only once resolved, and a declined one is never resolved.
/// </summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Each call is one unit of work.</remarks>
public sealed class RequestDesk
{
    /// <summary>An unknown category or channel, or an attribute answer that does not fit.</summary>
    public const string Catalogue = RequestRules.Catalogue;

    /// <summary>No such request or wish (also when outside the caller's scope).</summary>
    public const string NotFound = RequestRules.NotFound;

    /// <summary>A step out of order (e.g. closing a request that is not resolved).</summary>
    public const string Step = RequestRules.Step;

    /// <summary>A place, resident, member or partner that does not exist or does not fit.</summary>
    public const string WrongReference = RequestRules.WrongReference;

    private readonly IUnitOfWork _work;
    private readonly IRepository<ResidentRequest> _requests;
    private readonly IRepository<MicroWish> _wishes;
    private readonly IReadRepository<Place> _places;
    private readonly IReadRepository<Resident> _residents;
    private readonly IReadRepository<PartyMember> _members;
    private readonly IReadRepository<Partner> _partners;
    private readonly IActorAccessor _actors;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="RequestDesk"/> class.</summary>
    /// <param name="requests">The request repository.</param>
    /// <param name="wishes">The micro-wish repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="residents">The resident repository.</param>
    /// <param name="members">The member repository.</param>
    /// <param name="partners">The partner repository.</param>
    /// <param name="actors">Who acts (stamped on every transition).</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RequestDesk(IRepository<ResidentRequest> requests, IRepository<MicroWish> wishes, IReadRepository<Place> places, IReadRepository<Resident> residents,
        IReadRepository<PartyMember> members, IReadRepository<Partner> partners, IActorAccessor actors, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _wishes = wishes ?? throw new ArgumentNullException(nameof(wishes));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
        _members = members ?? throw new ArgumentNullException(nameof(members));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private RequestPolicy Policy => _options.Requests;

    private string ActorId => UnitOfWork.WhoActs(_work, _actors).Id; // the use case's actor first (issue 28)

    /// <summary>Receives a request through a channel.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown category or channel, a missing or wrong attribute (<c>NP-REQ-001</c>), a wrong place or resident (<c>NP-REQ-004</c>).</exception>
    public Task<ResidentRequest> SubmitAsync(NewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _work.ExecuteAsync<ResidentRequest>(async ct =>
        {
            var compound = await _places.GetByIdAsync(request.CompoundId, ct)
                ?? throw RequestRules.NotACompound(WrongReference, request.CompoundId, "compoundId", _options.Schema, RuleViolationKind.NotFound);
            var building = request.BuildingId is { } b
                ? await _places.GetByIdAsync(b, ct) ?? throw Fail(WrongReference, $"{b} is not {PlaceWords.A(_options.Schema, PlaceKind.Building)} of {compound.Name}.",
                    $"{b} 不是{compound.Name}的{PlaceWords.Zh(_options.Schema, PlaceKind.Building)}。", "buildingId")
                : null;
            if (request.ResidentId is { } r)
            {
                var resident = await _residents.GetByIdAsync(r, ct)
                    ?? throw Fail(WrongReference, $"No resident {r}.", $"没有编号为 {r} 的居民。", "residentId", RuleViolationKind.NotFound);
                if (resident.CompoundId != compound.Id)
                {
                    // A request is raised in the name of a resident of its compound (finding 4 of the hostile review: wishes checked this, requests did not).
                    throw Fail(WrongReference, $"The resident does not live in {compound.Name}.", $"该居民不住在{compound.Name}。", "residentId");
                }
            }

            var item = ResidentRequest.Receive(RequestId.New(), request, Policy, compound, building, ActorId, _clock.GetCurrentInstant(), _options.Schema);
            _requests.Add(item);
            return item;
        }, cancellationToken);
    }

    /// <summary>Accepts a received request for handling.</summary>
    /// <param name="id">The request.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not received (<c>NP-REQ-003</c>).</exception>
    public Task<ResidentRequest> AcceptAsync(RequestId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, actor, now) => r.Accept(actor, now), cancellationToken);

    /// <summary>Assigns (or re-assigns) a request to the branch, the property company, the owners' committee, a partner or a steward.</summary>
    /// <param name="id">The request.</param>
    /// <param name="kind">Who.</param>
    /// <param name="assigneeId">The unit, partner or member, or null.</param>
    /// <param name="name">The assignee's name (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not accepted, assigned or in progress.</exception>
    public Task<ResidentRequest> AssignAsync(RequestId id, AssigneeKind kind, Guid? assigneeId, string name, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, actor, now) => r.Assign(kind, assigneeId, name, actor, now), cancellationToken);

    /// <summary>Starts the work on an assigned request.</summary>
    /// <param name="id">The request.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not assigned.</exception>
    public Task<ResidentRequest> StartAsync(RequestId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, actor, now) => r.Start(actor, now), cancellationToken);

    /// <summary>Resolves a request in progress: it counts as a governance problem solved.</summary>
    /// <param name="id">The request.</param>
    /// <param name="resolution">How (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not in progress (a declined or duplicate request is never resolved).</exception>
    public Task<ResidentRequest> ResolveAsync(RequestId id, string resolution, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, actor, now) => r.Resolve(resolution, actor, now), cancellationToken);

    /// <summary>Closes a resolved request with the resident's rating.</summary>
    /// <param name="id">The request.</param>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment (1–100 characters), or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not resolved, or a rating outside 1–5.</exception>
    public Task<ResidentRequest> CloseAsync(RequestId id, int rating, string? comment = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, actor, now) => r.Close(rating, comment, actor, now), cancellationToken);

    /// <summary>Reopens a resolved or closed request: the work goes on.</summary>
    /// <param name="id">The request.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not resolved or closed.</exception>
    public Task<ResidentRequest> ReopenAsync(RequestId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, actor, now) => r.Reopen(reason, actor, now), cancellationToken);

    /// <summary>Declines a request that is not being worked on yet, with a reason.</summary>
    /// <param name="id">The request.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Already assigned or further.</exception>
    public Task<ResidentRequest> DeclineAsync(RequestId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, actor, now) => r.Decline(reason, actor, now), cancellationToken);

    /// <summary>Marks a request as a duplicate of another (open or resolved) one.</summary>
    /// <param name="id">The request.</param>
    /// <param name="of">The request it duplicates.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Already assigned or further, itself, or the other is unknown, declined or itself a duplicate.</exception>
    public Task<ResidentRequest> MarkDuplicateAsync(RequestId id, RequestId of, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ResidentRequest>(async ct =>
        {
            var original = await GetAsync(of, ct);
            var request = await GetAsync(id, ct);
            request.EnsureVersion(expectedVersion, "request");
            request.MarkDuplicateOf(original, ActorId, _clock.GetCurrentInstant());
            _requests.Update(request);
            return request;
        }, cancellationToken);

    /// <summary>Returns a request.</summary>
    /// <param name="id">The request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">No such request (<c>NP-REQ-002</c>).</exception>
    public async Task<ResidentRequest> GetAsync(RequestId id, CancellationToken cancellationToken = default) =>
        await _requests.GetByIdAsync(id, cancellationToken) ?? throw Fail(NotFound, $"No request {id}.", $"没有编号为 {id} 的诉求。", "id", RuleViolationKind.NotFound);

    /// <summary>Posts a resident's micro-wish on the wall.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="wish">The wish (1–100 characters).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The wish.</returns>
    /// <exception cref="RuleViolationException">An unknown resident.</exception>
    public Task<MicroWish> PostWishAsync(ResidentId resident, string wish, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<MicroWish>(async ct =>
        {
            var who = await _residents.GetByIdAsync(resident, ct)
                ?? throw Fail(WrongReference, $"No resident {resident}.", $"没有编号为 {resident} 的居民。", "residentId", RuleViolationKind.NotFound);
            var compound = await _places.GetByIdAsync(who.CompoundId, ct)
                ?? throw Fail(WrongReference, $"No {PlaceWords.En(_options.Schema, PlaceKind.Compound)} {who.CompoundId}.", $"没有编号为 {who.CompoundId} 的{PlaceWords.Zh(_options.Schema, PlaceKind.Compound)}。", "residentId",
                    RuleViolationKind.NotFound);
            var now = _clock.GetCurrentInstant();
            var item = MicroWish.Post(MicroWishId.New(), resident, compound, wish, _clock.Today(_options).Plus(Policy.WishTimeLimit), now, _options.Schema);
            _wishes.Add(item);
            return item;
        }, cancellationToken);

    /// <summary>Claims a posted wish: by a member or by a partner (exactly one).</summary>
    /// <param name="id">The wish.</param>
    /// <param name="member">The member, or null.</param>
    /// <param name="partner">The partner, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The wish.</returns>
    /// <exception cref="RuleViolationException">Not posted, or not exactly one known claimant.</exception>
    public Task<MicroWish> ClaimWishAsync(MicroWishId id, PartyMemberId? member, PartnerId? partner, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WishStepAsync(id, expectedVersion, async (w, ct) =>
        {
            if ((member is { } m && await _members.GetByIdAsync(m, ct) is null) || (partner is { } p && await _partners.GetByIdAsync(p, ct) is null))
            {
                throw Fail(WrongReference, "A wish is claimed by one known member or partner.", "心愿须由一名已登记的党员或一个共建单位认领。", "memberId", RuleViolationKind.Refused);
            }

            w.Claim(member, partner, _clock.GetCurrentInstant());
        }, cancellationToken);

    /// <summary>Records that a claimed wish was fulfilled, with evidence.</summary>
    /// <param name="id">The wish.</param>
    /// <param name="evidence">A note or a link (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The wish.</returns>
    /// <exception cref="RuleViolationException">Not claimed.</exception>
    public Task<MicroWish> FulfilWishAsync(MicroWishId id, string evidence, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WishStepAsync(id, expectedVersion, (w, _) =>
        {
            w.Fulfil(evidence, _clock.GetCurrentInstant());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The resident confirms that the wish was fulfilled.</summary>
    /// <param name="id">The wish.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The wish.</returns>
    /// <exception cref="RuleViolationException">Not fulfilled.</exception>
    public Task<MicroWish> ConfirmWishAsync(MicroWishId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WishStepAsync(id, expectedVersion, (w, _) =>
        {
            w.Confirm(_clock.GetCurrentInstant());
            return Task.CompletedTask;
        }, cancellationToken);

    private Task<ResidentRequest> StepAsync(RequestId id, long? expectedVersion, Action<ResidentRequest, string, Instant> step, CancellationToken cancellationToken) =>
        _work.ExecuteAsync<ResidentRequest>(async ct =>
        {
            var request = await GetAsync(id, ct);
            request.EnsureVersion(expectedVersion, "request");
            step(request, ActorId, _clock.GetCurrentInstant());
            _requests.Update(request);
            return request;
        }, cancellationToken);

    private Task<MicroWish> WishStepAsync(MicroWishId id, long? expectedVersion, Func<MicroWish, CancellationToken, Task> step, CancellationToken cancellationToken) =>
        _work.ExecuteAsync<MicroWish>(async ct =>
        {
            var wish = await _wishes.GetByIdAsync(id, ct) ?? throw Fail(NotFound, $"No micro-wish {id}.", $"没有编号为 {id} 的微心愿。", "id", RuleViolationKind.NotFound);
            wish.EnsureVersion(expectedVersion, "wish");
            await step(wish, ct);
            _wishes.Update(wish);
            return wish;
        }, cancellationToken);

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        RequestRules.Fail(code, message, messageZh, target, kind);
}
