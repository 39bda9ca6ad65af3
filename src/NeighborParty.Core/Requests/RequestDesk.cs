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
    public const string Catalogue = "NP-REQ-001";

    /// <summary>No such request or wish (also when outside the caller's scope).</summary>
    public const string NotFound = "NP-REQ-002";

    /// <summary>A step out of order (e.g. closing a request that is not resolved).</summary>
    public const string Step = "NP-REQ-003";

    /// <summary>A place, resident, member or partner that does not exist or does not fit.</summary>
    public const string WrongReference = "NP-REQ-004";

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

    private string ActorId => _actors.Current?.Id ?? "system";

    /// <summary>Receives a request through a channel.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown category or channel, a missing or wrong attribute (<c>NP-REQ-001</c>), a wrong place or resident (<c>NP-REQ-004</c>).</exception>
    public Task<ResidentRequest> SubmitAsync(NewRequest request, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ResidentRequest>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Category is null || !Policy.Categories.TryGetValue(request.Category, out var category))
            {
                throw Fail(Catalogue, $"Unknown category '{request.Category}'.", $"未知的诉求类别“{request.Category}”。", "category");
            }

            if (request.Channel is null || !Policy.Channels.ContainsKey(request.Channel))
            {
                throw Fail(Catalogue, $"Unknown channel '{request.Channel}'.", $"未知的渠道“{request.Channel}”。", "channel");
            }

            var description = (request.Description ?? string.Empty).Trim();
            if (description.Length is < 1 or > 4000 || description.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || description.Contains('<', StringComparison.Ordinal))
            {
                throw Fail(Catalogue, "A description has 1 to 4,000 characters, without markup or control characters.", "描述须为1至4000个字符，且不含标记或控制字符。", "description");
            }

            if (request.Latitude is < -90 or > 90 || request.Longitude is < -180 or > 180 || (request.Latitude is null) != (request.Longitude is null))
            {
                throw Fail(WrongReference, "Give both coordinates (WGS 84), or neither.", "坐标须同时填写经纬度（WGS 84），或都不填。", "lat");
            }

            var media = (request.Media ?? []).Select(m => m?.Trim() ?? string.Empty).ToList();
            if (media.Count > 10 || media.Any(m => m.Length > 500 || !Uri.TryCreate(m, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                throw Fail(Catalogue, "Up to 10 media links, each an absolute http(s) address of at most 500 characters.", "最多10个媒体链接，每个须为不超过500个字符的 http(s) 绝对地址。", "media");
            }

            var attributes = CheckAttributes(category, request.Attributes ?? new Dictionary<string, string>());
            var compound = await _places.GetByIdAsync(request.CompoundId, cancellationToken);
            if (compound is not { Kind: PlaceKind.Compound })
            {
                throw Fail(WrongReference, $"{request.CompoundId} is not a compound.", $"{request.CompoundId} 不是小区。", "compoundId", compound is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
            }

            if (request.BuildingId is { } b && (await _places.GetByIdAsync(b, cancellationToken) is not { Kind: PlaceKind.Building } building || building.ParentId != compound.Id))
            {
                throw Fail(WrongReference, $"{b} is not a building of the compound.", $"{b} 不是该小区的楼栋。", "buildingId");
            }

            if (request.ResidentId is { } r && await _residents.GetByIdAsync(r, cancellationToken) is null)
            {
                throw Fail(WrongReference, $"No resident {r}.", $"没有编号为 {r} 的居民。", "residentId", RuleViolationKind.NotFound);
            }

            var item = ResidentRequest.Create(RequestId.New(), category, request.Channel, request.ResidentId, compound, request.BuildingId, request.Latitude, request.Longitude,
                description, request.IsPublic, media, attributes, ActorId, _clock.GetCurrentInstant());
            _requests.Add(item);
            return item;
        }, cancellationToken);

    /// <summary>Accepts a received request for handling.</summary>
    /// <param name="id">The request.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not received (<c>NP-REQ-003</c>).</exception>
    public Task<ResidentRequest> AcceptAsync(RequestId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        MoveAsync(id, expectedVersion, [RequestState.Received], RequestState.Accepted, null, _ => { }, cancellationToken);

    /// <summary>Assigns (or re-assigns) a request to the branch, the property company, the owners' committee, a partner or a steward.</summary>
    /// <param name="id">The request.</param>
    /// <param name="kind">Who.</param>
    /// <param name="assigneeId">The unit, partner or member, or null.</param>
    /// <param name="name">The assignee's name (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not accepted, assigned or in progress.</exception>
    public Task<ResidentRequest> AssignAsync(RequestId id, AssigneeKind kind, Guid? assigneeId, string name, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (FieldRules.Defined<AssigneeKind>(kind, "assignee") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        var who = TextRules.RequireName(name, "assigneeName");
        return MoveAsync(id, expectedVersion, [RequestState.Accepted, RequestState.Assigned, RequestState.InProgress], RequestState.Assigned, who,
            r => r.Assign(kind, assigneeId, who), cancellationToken);
    }

    /// <summary>Starts the work on an assigned request.</summary>
    /// <param name="id">The request.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not assigned.</exception>
    public Task<ResidentRequest> StartAsync(RequestId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        MoveAsync(id, expectedVersion, [RequestState.Assigned], RequestState.InProgress, null, _ => { }, cancellationToken);

    /// <summary>Resolves a request in progress: it counts as a governance problem solved.</summary>
    /// <param name="id">The request.</param>
    /// <param name="resolution">How (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not in progress (a declined or duplicate request is never resolved).</exception>
    public Task<ResidentRequest> ResolveAsync(RequestId id, string resolution, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(resolution, "resolution");
        return MoveAsync(id, expectedVersion, [RequestState.InProgress], RequestState.Resolved, text, r => r.SetOutcome(text), cancellationToken);
    }

    /// <summary>Closes a resolved request with the resident's rating.</summary>
    /// <param name="id">The request.</param>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment (1–100 characters), or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not resolved, or a rating outside 1–5.</exception>
    public Task<ResidentRequest> CloseAsync(RequestId id, int rating, string? comment = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (FieldRules.Range(rating, 1, 5, "rating") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        var text = TextRules.OptionalName(comment, "comment");
        return MoveAsync(id, expectedVersion, [RequestState.Resolved], RequestState.Closed, text, r => r.Rate(rating, text), cancellationToken);
    }

    /// <summary>Reopens a resolved or closed request: the work goes on.</summary>
    /// <param name="id">The request.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Not resolved or closed.</exception>
    public Task<ResidentRequest> ReopenAsync(RequestId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(reason, "reason");
        return MoveAsync(id, expectedVersion, [RequestState.Resolved, RequestState.Closed], RequestState.InProgress, text, r => r.Reopened(), cancellationToken);
    }

    /// <summary>Declines a request that is not being worked on yet, with a reason.</summary>
    /// <param name="id">The request.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Already assigned or further.</exception>
    public Task<ResidentRequest> DeclineAsync(RequestId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(reason, "reason");
        return MoveAsync(id, expectedVersion, [RequestState.Received, RequestState.Accepted], RequestState.Declined, text, r => r.SetOutcome(text), cancellationToken);
    }

    /// <summary>Marks a request as a duplicate of another (open or resolved) one.</summary>
    /// <param name="id">The request.</param>
    /// <param name="of">The request it duplicates.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="RuleViolationException">Already assigned or further, itself, or the other is unknown, declined or itself a duplicate.</exception>
    public async Task<ResidentRequest> MarkDuplicateAsync(RequestId id, RequestId of, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var original = await GetAsync(of, cancellationToken);
        if (of == id || original.State is RequestState.Declined or RequestState.Duplicate)
        {
            throw Fail(Step, "A request duplicates another request that stands.", "只能标记为另一有效诉求的重复。", "of");
        }

        return await MoveAsync(id, expectedVersion, [RequestState.Received, RequestState.Accepted], RequestState.Duplicate, of.ToString(), r => r.SetDuplicate(of), cancellationToken);
    }

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
            var text = TextRules.RequireName(wish, "wish");
            var who = await _residents.GetByIdAsync(resident, cancellationToken)
                ?? throw Fail(WrongReference, $"No resident {resident}.", $"没有编号为 {resident} 的居民。", "residentId", RuleViolationKind.NotFound);
            var compound = (await _places.GetByIdAsync(who.CompoundId, cancellationToken))!;
            var now = _clock.GetCurrentInstant();
            var item = MicroWish.Create(MicroWishId.New(), resident, compound, text, now.InZone(_options.TimeZone).Date.Plus(Policy.WishTimeLimit), now);
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
    public async Task<MicroWish> ClaimWishAsync(MicroWishId id, PartyMemberId? member, PartnerId? partner, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if ((member is null) == (partner is null)
            || (member is { } m && await _members.GetByIdAsync(m, cancellationToken) is null)
            || (partner is { } p && await _partners.GetByIdAsync(p, cancellationToken) is null))
        {
            throw Fail(WrongReference, "A wish is claimed by one known member or partner.", "心愿须由一名已登记的党员或一个共建单位认领。", "memberId");
        }

        return await MoveWishAsync(id, expectedVersion, WishState.Posted, w => w.Claim(member, partner, _clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>Records that a claimed wish was fulfilled, with evidence.</summary>
    /// <param name="id">The wish.</param>
    /// <param name="evidence">A note or a link (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The wish.</returns>
    /// <exception cref="RuleViolationException">Not claimed.</exception>
    public Task<MicroWish> FulfilWishAsync(MicroWishId id, string evidence, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(evidence, "evidence");
        return MoveWishAsync(id, expectedVersion, WishState.Claimed, w => w.Fulfil(text, _clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>The resident confirms that the wish was fulfilled.</summary>
    /// <param name="id">The wish.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The wish.</returns>
    /// <exception cref="RuleViolationException">Not fulfilled.</exception>
    public Task<MicroWish> ConfirmWishAsync(MicroWishId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        MoveWishAsync(id, expectedVersion, WishState.Fulfilled, w => w.Confirm(_clock.GetCurrentInstant()), cancellationToken);

    private static List<KeyValuePair<string, string>> CheckAttributes(RequestCategory category, IReadOnlyDictionary<string, string> given)
    {
        var known = (category.Attributes ?? []).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var result = new List<KeyValuePair<string, string>>();
        foreach (var (code, raw) in given)
        {
            var value = raw?.Trim() ?? string.Empty;
            if (!known.TryGetValue(code, out var attribute))
            {
                throw Fail(Catalogue, $"The category has no attribute '{code}'.", $"该类别没有属性“{code}”。", $"attributes[{code}]");
            }

            var ok = value.Length is > 0 and <= 500 && attribute.Type switch
            {
                AttributeType.Number => decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _),
                AttributeType.DateTime => NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(value).Success,
                AttributeType.SingleValueList => attribute.Values!.ContainsKey(value),
                AttributeType.MultiValueList => value.Split(',').All(v => attribute.Values!.ContainsKey(v.Trim())),
                AttributeType.ShortText => value.Length <= 100 && !value.Any(char.IsControl),
                _ => !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r')),
            };
            if (!ok)
            {
                throw Fail(Catalogue, $"'{value}' does not fit attribute '{code}' ({attribute.Type}).", $"“{value}”不符合属性“{code}”的要求。", $"attributes[{code}]");
            }

            result.Add(new(code, value));
        }

        var missing = known.Values.FirstOrDefault(a => a.Required && !given.ContainsKey(a.Code));
        if (missing is not null)
        {
            throw Fail(Catalogue, $"The category asks for '{missing.Code}'.", $"该类别须填写“{missing.Code}”。", $"attributes[{missing.Code}]");
        }

        return result;
    }

    private Task<ResidentRequest> MoveAsync(RequestId id, long? expectedVersion, RequestState[] from, RequestState to, string? note, Action<ResidentRequest> change,
        CancellationToken cancellationToken) =>
        _work.ExecuteAsync<ResidentRequest>(async ct =>
        {
            var request = await GetAsync(id, cancellationToken);
            request.EnsureVersion(expectedVersion, "request");
            if (!from.Contains(request.State))
            {
                throw Fail(Step, $"A request that is {request.State} cannot become {to}.", $"状态为 {request.State} 的诉求不能改为 {to}。", "state", RuleViolationKind.Conflict);
            }

            change(request);
            request.Move(to, ActorId, note, _clock.GetCurrentInstant());
            _requests.Update(request);
            return request;
        }, cancellationToken);

    private Task<MicroWish> MoveWishAsync(MicroWishId id, long? expectedVersion, WishState from, Action<MicroWish> change, CancellationToken cancellationToken) =>
        _work.ExecuteAsync<MicroWish>(async ct =>
        {
            var wish = await _wishes.GetByIdAsync(id, cancellationToken) ?? throw Fail(NotFound, $"No micro-wish {id}.", $"没有编号为 {id} 的微心愿。", "id", RuleViolationKind.NotFound);
            wish.EnsureVersion(expectedVersion, "wish");
            if (wish.State != from)
            {
                throw Fail(Step, $"A wish that is {wish.State} cannot take this step.", $"状态为 {wish.State} 的心愿不能执行此操作。", "state", RuleViolationKind.Conflict);
            }

            change(wish);
            _wishes.Update(wish);
            return wish;
        }, cancellationToken);

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}
