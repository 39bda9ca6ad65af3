using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// Co-building (共建): partners, covenants (共建盟约) and their signatures, the service menu and orders (按需点单) with
/// capacity, positions (近邻阵地), teams (下沉队伍) and deputies' motions — each operation checked before anything changes.
/// </summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Each call is one unit of work.</remarks>
public sealed class CoBuildingService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<Partner> _partners;
    private readonly IRepository<Covenant> _covenants;
    private readonly IRepository<ServiceOffering> _offerings;
    private readonly IRepository<ServiceOrder> _orders;
    private readonly IRepository<Position> _positions;
    private readonly IRepository<DeployedTeam> _teams;
    private readonly IRepository<DeputyMotion> _motions;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly IActorAccessor _actors;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="CoBuildingService"/> class.</summary>
    /// <param name="partners">The partner repository.</param>
    /// <param name="covenants">The covenant repository.</param>
    /// <param name="offerings">The offering repository.</param>
    /// <param name="orders">The order repository.</param>
    /// <param name="positions">The position repository.</param>
    /// <param name="teams">The team repository.</param>
    /// <param name="motions">The motion repository.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="actors">Who acts (stamped on order steps).</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CoBuildingService(IRepository<Partner> partners, IRepository<Covenant> covenants, IRepository<ServiceOffering> offerings, IRepository<ServiceOrder> orders,
        IRepository<Position> positions, IRepository<DeployedTeam> teams, IRepository<DeputyMotion> motions, IReadRepository<OrganizationUnit> units,
        IReadRepository<Place> places, IActorAccessor actors, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _offerings = offerings ?? throw new ArgumentNullException(nameof(offerings));
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        _positions = positions ?? throw new ArgumentNullException(nameof(positions));
        _teams = teams ?? throw new ArgumentNullException(nameof(teams));
        _motions = motions ?? throw new ArgumentNullException(nameof(motions));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private CoBuildingPolicy Policy => _options.CoBuilding;

    private Instant Now => _clock.GetCurrentInstant();

    private string ActorId => _actors.Current?.Id ?? "system";

    // ---- Partners ----

    /// <summary>Registers a partner.</summary>
    /// <param name="details">The details.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">A refused field or home place (<c>NP-COB-001</c>).</exception>
    public Task<Partner> RegisterPartnerAsync(PartnerDetails details, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Partner>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var home = await CheckPartnerAsync(details, cancellationToken);
            var partner = Partner.Create(PartnerId.New(), details, home, Now);
            _partners.Add(partner);
            return partner;
        }, cancellationToken);

    /// <summary>Changes a partner.</summary>
    /// <param name="id">The partner.</param>
    /// <param name="details">The details.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Unknown, or a refused field.</exception>
    public Task<Partner> ChangePartnerAsync(PartnerId id, PartnerDetails details, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Partner>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var partner = await GetPartnerAsync(id, cancellationToken);
            partner.EnsureVersion(expectedVersion, "partner");
            if (partner.IsDeputy != IsDeputy(details.Category))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Partner, "An organisation stays an organisation and a deputy a deputy.", "单位与代表委员不能互换类别。", "category");
            }

            var home = await CheckPartnerAsync(details, cancellationToken);
            partner.Change(details, home, Now);
            _partners.Update(partner);
            return partner;
        }, cancellationToken);

    /// <summary>Returns a partner.</summary>
    /// <param name="id">The partner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="RuleViolationException">No such partner (<c>NP-COB-002</c>).</exception>
    public async Task<Partner> GetPartnerAsync(PartnerId id, CancellationToken cancellationToken = default) =>
        await _partners.GetByIdAsync(id, cancellationToken) ?? throw NotFound("partner", id.Value);

    // ---- Covenants ----

    /// <summary>Drafts a covenant between a branch or community and one or more partners (version 1, a draft).</summary>
    /// <param name="title">The title.</param>
    /// <param name="unitId">The branch, joint branch, general branch or community committee.</param>
    /// <param name="partners">The partners (1–20, distinct).</param>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments (0–50 while drafting).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Refused parties (<c>NP-COB-003</c>), dates or commitments.</exception>
    public Task<Covenant> DraftCovenantAsync(string title, OrganizationUnitId unitId, IReadOnlyCollection<PartnerId> partners, DateInterval validity,
        IReadOnlyList<CommitmentDetails> commitments, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Covenant>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(partners);
            ArgumentNullException.ThrowIfNull(validity);
            ArgumentNullException.ThrowIfNull(commitments);
            var name = TextRules.RequireName(title, "title");
            var unit = await CheckUnitAsync(unitId, cancellationToken);
            var ids = await CheckPartiesAsync(partners, cancellationToken);
            CheckCommitments(commitments, ids, "commitments");
            var covenant = Covenant.Create(CovenantId.New(), name, unit, ids, validity, commitments, null, Now);
            _covenants.Add(covenant);
            return covenant;
        }, cancellationToken);

    /// <summary>Replaces the validity and commitments of the latest version while it is a draft.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">Not a draft (<c>NP-COB-004</c>: a signed version never changes), or refused commitments.</exception>
    public Task<Covenant> EditDraftAsync(CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validity);
        ArgumentNullException.ThrowIfNull(commitments);
        return ChangeCovenantAsync(id, expectedVersion, c =>
        {
            if (c.TerminatedOn is not null || c.Latest.State != CovenantVersionState.Draft)
            {
                throw Step("Only a draft is edited; a version out for signature or signed never changes (amend it instead).", "只有草稿可以修改；送签或已签署的版本不能更改（请提出修订）。");
            }

            CheckCommitments(commitments, [.. c.Partners.Select(p => p.PartnerId)], "commitments");
            c.EditDraft(validity, commitments, Now);
        }, cancellationToken);
    }

    /// <summary>Sends the latest draft out for every party's signature; from now on it does not change.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">Not a draft, no commitments, or a validity already over.</exception>
    public Task<Covenant> SubmitAsync(CovenantId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeCovenantAsync(id, expectedVersion, c =>
        {
            if (c.TerminatedOn is not null || c.Latest.State != CovenantVersionState.Draft)
            {
                throw Step("Only a draft is sent for signature.", "只有草稿可以送签。");
            }

            if (c.CommitmentsOf(c.Latest.Number).Count == 0)
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A covenant commits to something: add at least one commitment.", "共建盟约须至少有一项承诺。", "commitments");
            }

            if (c.Latest.ValidTo < Today())
            {
                throw Date("The validity is already over.", "有效期已过。", "validity");
            }

            c.Submit(Now);
        }, cancellationToken);

    /// <summary>Signs the version out for signature, once per party; when the last party signs, it is signed.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="party">The partner signing, or null for the organisation side.</param>
    /// <param name="signer">Who signs for the party (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">Nothing out for signature (<c>NP-COB-004</c>), not a party or already signed (<c>NP-COB-005</c>).</exception>
    public Task<Covenant> SignAsync(CovenantId id, PartnerId? party, string signer, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var name = TextRules.RequireName(signer, "signer");
        return ChangeCovenantAsync(id, expectedVersion, c =>
        {
            if (c.TerminatedOn is not null || c.Latest.State != CovenantVersionState.AwaitingSignatures)
            {
                throw Step("No version is out for signature.", "没有待签署的版本。");
            }

            if (party is { } p && !c.Partners.Any(x => x.PartnerId == p))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Signature, "Only a party signs the covenant.", "只有盟约各方可以签署。", "party");
            }

            if (c.SignaturesOf(c.Latest.Number).Any(s => s.PartnerId == party))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Signature, "This party has already signed this version.", "该方已签署此版本。", "party", RuleViolationKind.Conflict);
            }

            c.Sign(party, name, Now);
        }, cancellationToken);
    }

    /// <summary>Drafts an amendment: a new version, with its own validity and commitments, that every party signs again.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The validity of the amended covenant.</param>
    /// <param name="commitments">Its commitments (carry a commitment over by giving its key).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">Nothing signed to amend, an amendment already pending, terminated, or refused commitments.</exception>
    public Task<Covenant> AmendAsync(CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validity);
        ArgumentNullException.ThrowIfNull(commitments);
        return ChangeCovenantAsync(id, expectedVersion, c =>
        {
            if (c.TerminatedOn is not null || c.Effective is null || c.Latest.State is CovenantVersionState.Draft or CovenantVersionState.AwaitingSignatures)
            {
                throw Step("Only a signed covenant without a pending amendment is amended.", "只有已签署且没有待定修订的盟约才能修订。");
            }

            if (c.StatusOn(Today()) == CovenantStatus.Expired)
            {
                throw Step("An expired covenant is renewed, not amended.", "已到期的盟约应续签，而非修订。");
            }

            CheckCommitments(commitments, [.. c.Partners.Select(p => p.PartnerId)], "commitments");
            c.Amend(validity, commitments, Now);
        }, cancellationToken);
    }

    /// <summary>Withdraws a pending amendment; the signed version stays in effect.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">No amendment pending.</exception>
    public Task<Covenant> WithdrawAmendmentAsync(CovenantId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeCovenantAsync(id, expectedVersion, c =>
        {
            if (c.Effective is null || c.Latest.State is not (CovenantVersionState.Draft or CovenantVersionState.AwaitingSignatures))
            {
                throw Step("No amendment is pending.", "没有待定的修订。");
            }

            c.Withdraw(Now);
        }, cancellationToken);

    /// <summary>Terminates a signed covenant before its validity ends.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="day">The last day (not before today, inside the validity).</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">Not signed, already over, or a day outside the validity.</exception>
    public Task<Covenant> TerminateAsync(CovenantId id, LocalDate day, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var why = TextRules.RequireName(reason, "reason");
        return ChangeCovenantAsync(id, expectedVersion, c =>
        {
            var status = c.StatusOn(Today());
            if (status is not (CovenantStatus.InForce or CovenantStatus.FullySigned))
            {
                throw Step("Only a signed covenant that has not ended is terminated.", "只有已签署且未终止、未到期的盟约才能终止。");
            }

            if (day < Today() || day < c.Effective!.ValidFrom || day > c.Effective.ValidTo)
            {
                throw Date("The covenant ends from today, inside its validity.", "终止日期须不早于今天，且在有效期内。", "day");
            }

            c.Terminate(day, why, Now);
        }, cancellationToken);
    }

    /// <summary>Renews a signed covenant: a successor with the same parties and commitments and a new validity, as a draft.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The successor's validity (starting after the current one starts).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The successor.</returns>
    /// <exception cref="RuleViolationException">Nothing signed to renew, already renewed, terminated, or a validity out of order.</exception>
    public Task<Covenant> RenewAsync(CovenantId id, DateInterval validity, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Covenant>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(validity);
            var covenant = await GetCovenantAsync(id, cancellationToken);
            covenant.EnsureVersion(expectedVersion, "covenant");
            if (covenant.Effective is not { } effective || covenant.SuccessorId is not null || covenant.TerminatedOn is not null)
            {
                throw Step("Only a signed covenant, not terminated and not yet renewed, is renewed.", "只有已签署、未终止且尚未续签的盟约才能续签。");
            }

            if (validity.Start <= effective.ValidFrom)
            {
                throw Date("The renewal starts after the current validity starts.", "续签的有效期须晚于当前有效期开始。", "validity");
            }

            var unit = await CheckUnitAsync(covenant.UnitId, cancellationToken);
            var commitments = covenant.CommitmentsOf(effective.Number)
                .Select(c => new CommitmentDetails(c.Kind, c.Description, c.Quantity, c.Unit, c.Schedule, c.PartnerId)).ToList();
            var successor = Covenant.Create(CovenantId.New(), covenant.Title, unit, covenant.Partners.Select(p => p.PartnerId), validity, commitments, covenant.Id, Now);
            covenant.RenewedBy(successor.Id, Now);
            _covenants.Add(successor);
            _covenants.Update(covenant);
            return successor;
        }, cancellationToken);

    /// <summary>Records something delivered against a commitment of the covenant in effect.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="commitmentKey">The commitment's key.</param>
    /// <param name="quantity">How much (positive).</param>
    /// <param name="day">The day (inside the validity, not after today).</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="sourceId">The order or activity, or null.</param>
    /// <param name="note">A note, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">No covenant in effect on that day, or an unknown commitment.</exception>
    public Task<Covenant> RecordFulfilmentAsync(CovenantId id, Guid commitmentKey, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId = null,
        string? note = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.OptionalName(note, "note");
        return ChangeCovenantAsync(id, expectedVersion, c => Fulfil(c, commitmentKey, quantity, day, source, sourceId, text), cancellationToken);
    }

    /// <summary>Returns a covenant.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">No such covenant (<c>NP-COB-002</c>).</exception>
    public async Task<Covenant> GetCovenantAsync(CovenantId id, CancellationToken cancellationToken = default) =>
        await _covenants.GetByIdAsync(id, cancellationToken) ?? throw NotFound("covenant", id.Value);

    // ---- Menu and orders ----

    /// <summary>Publishes an offering on a partner's menu.</summary>
    /// <param name="partnerId">The partner.</param>
    /// <param name="details">What is offered.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Unknown partner or a refused field (<c>NP-COB-008</c>).</exception>
    public Task<ServiceOffering> PublishAsync(PartnerId partnerId, OfferingDetails details, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOffering>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var partner = await GetPartnerAsync(partnerId, cancellationToken);
            await CheckOfferingAsync(partner, details, cancellationToken);
            var offering = ServiceOffering.Create(OfferingId.New(), partner, details, Now);
            _offerings.Add(offering);
            return offering;
        }, cancellationToken);

    /// <summary>Changes an offering, or withdraws it from the menu (orders already taken stand).</summary>
    /// <param name="id">The offering.</param>
    /// <param name="details">What is offered.</param>
    /// <param name="active">Whether it stays on the menu.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="RuleViolationException">Unknown, or a refused field.</exception>
    public Task<ServiceOffering> ChangeOfferingAsync(OfferingId id, OfferingDetails details, bool active, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOffering>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var offering = await GetOfferingAsync(id, cancellationToken);
            offering.EnsureVersion(expectedVersion, "offering");
            await CheckOfferingAsync(await GetPartnerAsync(offering.PartnerId, cancellationToken), details, cancellationToken);
            offering.Change(details, active, Now);
            _offerings.Update(offering);
            return offering;
        }, cancellationToken);

    /// <summary>Returns an offering.</summary>
    /// <param name="id">The offering.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="RuleViolationException">No such offering (<c>NP-COB-002</c>).</exception>
    public async Task<ServiceOffering> GetOfferingAsync(OfferingId id, CancellationToken cancellationToken = default) =>
        await _offerings.GetByIdAsync(id, cancellationToken) ?? throw NotFound("offering", id.Value);

    /// <summary>Orders from the menu for a compound (按需点单).</summary>
    /// <param name="offeringId">The offering.</param>
    /// <param name="compoundId">The compound.</param>
    /// <param name="needs">What the residents need (1–100 characters).</param>
    /// <param name="wanted">The day wanted (from today).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">A withdrawn offering, one that does not serve the compound, or a day in the past (<c>NP-COB-009</c>).</exception>
    public Task<ServiceOrder> OrderAsync(OfferingId offeringId, PlaceId compoundId, string needs, LocalDate wanted, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOrder>(async ct =>
        {
            var text = TextRules.RequireName(needs, "needs");
            var offering = await GetOfferingAsync(offeringId, cancellationToken);
            var compound = await _places.GetByIdAsync(compoundId, cancellationToken);
            if (compound is not { Kind: PlaceKind.Compound })
            {
                throw OrderFail($"{compoundId} is not a compound.", $"{compoundId} 不是小区。", "compoundId", compound is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
            }

            if (!offering.Active || !offering.Serves(compoundId))
            {
                throw OrderFail("The offering is withdrawn or does not serve this compound.", "该服务已下架或不服务此小区。", "offeringId");
            }

            if (wanted < Today())
            {
                throw Date("The day wanted is in the past.", "期望日期已过。", "wanted");
            }

            var order = ServiceOrder.Create(ServiceOrderId.New(), offering, compound, text, wanted, ActorId, Now);
            _orders.Add(order);
            return order;
        }, cancellationToken);

    /// <summary>Accepts an order, booking a unit of the offering's capacity in the period of the day wanted.</summary>
    /// <param name="id">The order.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">Not ordered (<c>NP-COB-009</c>), or the period is full (<c>NP-COB-010</c>).</exception>
    public Task<ServiceOrder> AcceptAsync(ServiceOrderId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOrder>(async ct =>
        {
            var (order, offering) = await OrderAndOfferingAsync(id, expectedVersion, [OrderState.Ordered], cancellationToken);
            var period = Book(offering, order.WantedDate);
            _offerings.Update(offering); // the offering's version guards the capacity: a concurrent accept fails the whole commit
            order.Accept(period, ActorId, Now);
            _orders.Update(order);
            return order;
        }, cancellationToken);

    /// <summary>Declines an order that has not been accepted.</summary>
    /// <param name="id">The order.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">Not in the ordered state.</exception>
    public Task<ServiceOrder> DeclineAsync(ServiceOrderId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOrder>(async ct =>
        {
            var why = TextRules.RequireName(reason, "reason");
            var (order, _) = await OrderAndOfferingAsync(id, expectedVersion, [OrderState.Ordered], cancellationToken);
            order.Decline(why, ActorId, Now);
            _orders.Update(order);
            return order;
        }, cancellationToken);

    /// <summary>Schedules an accepted order (or moves its date), keeping its booking in the period of the new day.</summary>
    /// <param name="id">The order.</param>
    /// <param name="day">The day (from today).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">Not accepted or scheduled, a past day, or the new period is full.</exception>
    public Task<ServiceOrder> ScheduleAsync(ServiceOrderId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOrder>(async ct =>
        {
            var (order, offering) = await OrderAndOfferingAsync(id, expectedVersion, [OrderState.Accepted, OrderState.Scheduled], cancellationToken);
            if (day < Today())
            {
                throw Date("The scheduled day is in the past.", "安排日期已过。", "day");
            }

            var period = offering.PeriodStart(day);
            if (order.BookedPeriod != period)
            {
                period = Book(offering, day);
                offering.Release(order.BookedPeriod!.Value);
                _offerings.Update(offering);
            }

            order.Schedule(day, period, ActorId, Now);
            _orders.Update(order);
            return order;
        }, cancellationToken);

    /// <summary>Records the delivery of a scheduled order (the activity ledger and a covenant commitment it serves count it).</summary>
    /// <param name="id">The order.</param>
    /// <param name="day">The day delivered (not after today).</param>
    /// <param name="participants">How many took part (0–100,000), or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">Not scheduled, or a wrong day or count.</exception>
    public Task<ServiceOrder> DeliverAsync(ServiceOrderId id, LocalDate day, int? participants = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOrder>(async ct =>
        {
            var (order, _) = await OrderAndOfferingAsync(id, expectedVersion, [OrderState.Scheduled], cancellationToken);
            if (day > Today())
            {
                throw Date("A delivery is recorded on or after its day.", "服务完成后方可登记。", "day");
            }

            if (participants is < 0 or > 100_000)
            {
                throw new RuleViolationException(FieldRules.Range(participants, 0, 100_000, "participants")!);
            }

            order.Deliver(day, participants, ActorId, Now);
            _orders.Update(order);
            return order;
        }, cancellationToken);

    /// <summary>Rates a delivered order (1–5, with a comment).</summary>
    /// <param name="id">The order.</param>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment (1–100 characters), or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">Not delivered, or a rating outside 1–5.</exception>
    public Task<ServiceOrder> RateAsync(ServiceOrderId id, int rating, string? comment = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOrder>(async ct =>
        {
            if (FieldRules.Range(rating, 1, 5, "rating") is { } violation)
            {
                throw new RuleViolationException(violation);
            }

            var text = TextRules.OptionalName(comment, "comment");
            var (order, _) = await OrderAndOfferingAsync(id, expectedVersion, [OrderState.Delivered], cancellationToken);
            order.Rate(rating, text, ActorId, Now);
            _orders.Update(order);
            return order;
        }, cancellationToken);

    /// <summary>Cancels an order before delivery; a booked unit of capacity is given back.</summary>
    /// <param name="id">The order.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">Already delivered, declined or cancelled.</exception>
    public Task<ServiceOrder> CancelAsync(ServiceOrderId id, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<ServiceOrder>(async ct =>
        {
            var why = TextRules.RequireName(reason, "reason");
            var (order, offering) = await OrderAndOfferingAsync(id, expectedVersion, [OrderState.Ordered, OrderState.Accepted, OrderState.Scheduled], cancellationToken);
            if (order.BookedPeriod is { } booked)
            {
                offering.Release(booked);
                _offerings.Update(offering);
            }

            order.Cancel(why, ActorId, Now);
            _orders.Update(order);
            return order;
        }, cancellationToken);

    /// <summary>Returns an order.</summary>
    /// <param name="id">The order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The order.</returns>
    /// <exception cref="RuleViolationException">No such order (<c>NP-COB-002</c>).</exception>
    public async Task<ServiceOrder> GetOrderAsync(ServiceOrderId id, CancellationToken cancellationToken = default) =>
        await _orders.GetByIdAsync(id, cancellationToken) ?? throw NotFound("order", id.Value);

    // ---- Positions, teams, motions ----

    /// <summary>Records a position (近邻阵地) opened in a compound.</summary>
    /// <param name="kind">The kind's key.</param>
    /// <param name="name">The name.</param>
    /// <param name="compoundId">The compound.</param>
    /// <param name="partnerId">The partner running it, or null.</param>
    /// <param name="opened">The day it opened (not after today).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The position.</returns>
    /// <exception cref="RuleViolationException">An unknown kind, compound or partner, or a future day (<c>NP-COB-011</c>).</exception>
    public Task<Position> OpenPositionAsync(string kind, string name, PlaceId compoundId, PartnerId? partnerId, LocalDate opened, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Position>(async ct =>
        {
            var title = TextRules.RequireName(name, "name");
            CheckKind(Policy.PositionKinds, kind, "kind");
            var compound = await CompoundAsync(compoundId, "compoundId", cancellationToken);
            if (partnerId is { } p)
            {
                await GetPartnerAsync(p, cancellationToken);
            }

            if (opened > Today())
            {
                throw Date("A position is recorded once it has opened.", "阵地建成后方可登记。", "opened");
            }

            var position = Position.Create(PositionId.New(), kind, title, compound, partnerId, opened, Now);
            _positions.Add(position);
            return position;
        }, cancellationToken);

    /// <summary>Records that a position closed.</summary>
    /// <param name="id">The position.</param>
    /// <param name="day">The day (after it opened, not after today).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The position.</returns>
    /// <exception cref="RuleViolationException">Unknown, already closed, or a wrong day.</exception>
    public Task<Position> ClosePositionAsync(PositionId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Position>(async ct =>
        {
            var position = await _positions.GetByIdAsync(id, cancellationToken) ?? throw NotFound("position", id.Value);
            position.EnsureVersion(expectedVersion, "position");
            if (position.Closed is not null)
            {
                throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, "The position is already closed.", "该阵地已关闭。", "id", RuleViolationKind.Conflict);
            }

            if (day <= position.Opened || day > Today())
            {
                throw Date("A position closes after it opened, and not after today.", "关闭日期须晚于建成日期且不晚于今天。", "day");
            }

            position.Close(day, Now);
            _positions.Update(position);
            return position;
        }, cancellationToken);

    /// <summary>Records a team (下沉队伍) deployed to compounds for a period.</summary>
    /// <param name="kind">The kind's key.</param>
    /// <param name="name">The name.</param>
    /// <param name="partnerId">The partner it comes from, or null.</param>
    /// <param name="homePlaceId">The street or community it is deployed through.</param>
    /// <param name="compounds">The compounds served (1–200, inside the home place).</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The team.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compounds"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown kind, place or partner, compounds outside the home place, or dates out of order.</exception>
    public Task<DeployedTeam> DeployTeamAsync(string kind, string name, PartnerId? partnerId, PlaceId homePlaceId, IReadOnlyCollection<PlaceId> compounds,
        LocalDate from, LocalDate? to = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<DeployedTeam>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(compounds);
            var title = TextRules.RequireName(name, "name");
            CheckKind(Policy.TeamKinds, kind, "kind");
            var home = await _places.GetByIdAsync(homePlaceId, cancellationToken);
            if (home is not { Kind: PlaceKind.Street or PlaceKind.Community or PlaceKind.District })
            {
                throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, "A team is deployed through a district, street or community.", "下沉队伍须经区、街道或社区派驻。", "homePlaceId",
                    home is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
            }

            if (compounds.Count is < 1 or > 200)
            {
                throw new RuleViolationException(FieldRules.Count(compounds.Count, 1, 200, "compounds")!);
            }

            foreach (var c in compounds.Distinct())
            {
                var compound = await CompoundAsync(c, "compounds", cancellationToken);
                if (!compound.Path.IsWithin(home.Path))
                {
                    throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, $"{compound.Name} lies outside {home.Name}.", $"{compound.Name} 不在 {home.Name} 范围内。", "compounds");
                }
            }

            if (partnerId is { } p)
            {
                await GetPartnerAsync(p, cancellationToken);
            }

            if (from > Today() || (to is { } last && last < from))
            {
                throw Date("A team is recorded once deployed, and its period ends after it starts.", "队伍派驻后方可登记，且结束日期须晚于开始日期。", "from");
            }

            var team = DeployedTeam.Create(DeployedTeamId.New(), kind, title, partnerId, home, compounds, from, to, Now);
            _teams.Add(team);
            return team;
        }, cancellationToken);

    /// <summary>Records that a team's deployment ended.</summary>
    /// <param name="id">The team.</param>
    /// <param name="day">The last day (from its first day, not after today).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The team.</returns>
    /// <exception cref="RuleViolationException">Unknown, already ended, or a wrong day.</exception>
    public Task<DeployedTeam> EndTeamAsync(DeployedTeamId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<DeployedTeam>(async ct =>
        {
            var team = await _teams.GetByIdAsync(id, cancellationToken) ?? throw NotFound("team", id.Value);
            team.EnsureVersion(expectedVersion, "team");
            if (team.To is { } to && to < Today())
            {
                throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, "The deployment has already ended.", "该队伍的派驻已结束。", "id", RuleViolationKind.Conflict);
            }

            if (day < team.From || day > Today())
            {
                throw Date("A deployment ends from its first day, and not after today.", "结束日期须不早于开始日期且不晚于今天。", "day");
            }

            team.End(day, Now);
            _teams.Update(team);
            return team;
        }, cancellationToken);

    /// <summary>Files a deputy's motion, proposal or suggestion arising from a compound matter.</summary>
    /// <param name="deputyId">The deputy (a Party congress or People's congress deputy, or a CPPCC member).</param>
    /// <param name="kind">What is filed.</param>
    /// <param name="title">The title.</param>
    /// <param name="compoundId">The compound the matter arises from.</param>
    /// <param name="filedWith">The body it is filed with (区人大, 区政协 …).</param>
    /// <param name="filedOn">The day filed (not after today).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The motion.</returns>
    /// <exception cref="RuleViolationException">Not a deputy, an unknown compound, or a future day (<c>NP-COB-012</c>).</exception>
    public Task<DeputyMotion> FileMotionAsync(PartnerId deputyId, MotionKind kind, string title, PlaceId compoundId, string filedWith, LocalDate filedOn,
        CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<DeputyMotion>(async ct =>
        {
            var name = TextRules.RequireName(title, "title");
            var body = TextRules.RequireName(filedWith, "filedWith");
            if (FieldRules.Defined<MotionKind>(kind, "kind") is { } violation)
            {
                throw new RuleViolationException(violation);
            }

            var deputy = await GetPartnerAsync(deputyId, cancellationToken);
            if (!deputy.IsDeputy)
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Motion, "Only a deputy or CPPCC member files motions and proposals.", "只有代表、委员可以提出议案、提案。", "deputyId");
            }

            var compound = await CompoundAsync(compoundId, "compoundId", cancellationToken);
            if (filedOn > Today())
            {
                throw Date("A motion is recorded once filed.", "提交后方可登记。", "filedOn");
            }

            var motion = DeputyMotion.Create(MotionId.New(), deputy, kind, name, compound, body, filedOn, Now);
            _motions.Add(motion);
            return motion;
        }, cancellationToken);

    /// <summary>Moves a motion on: accepted (立案) or rejected from filed; answered from accepted; closed from answered or rejected.</summary>
    /// <param name="id">The motion.</param>
    /// <param name="status">The new status.</param>
    /// <param name="day">The day (from the filing day, not after today).</param>
    /// <param name="text">The answer, the reason for rejecting, or the deputy's view at closing (1–100 characters), or null.</param>
    /// <param name="handledBy">The handling department, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The motion.</returns>
    /// <exception cref="RuleViolationException">A step out of order, a wrong day, or a missing answer or reason.</exception>
    public Task<DeputyMotion> MoveMotionAsync(MotionId id, MotionStatus status, LocalDate day, string? text = null, string? handledBy = null,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<DeputyMotion>(async ct =>
        {
            var motion = await _motions.GetByIdAsync(id, cancellationToken) ?? throw NotFound("motion", id.Value);
            motion.EnsureVersion(expectedVersion, "motion");
            var allowed = (motion.Status, status) switch
            {
                (MotionStatus.Filed, MotionStatus.Accepted or MotionStatus.Rejected) => true,
                (MotionStatus.Accepted, MotionStatus.Answered) => true,
                (MotionStatus.Answered or MotionStatus.Rejected, MotionStatus.Closed) => true,
                _ => false,
            };
            if (!allowed)
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Motion, $"A motion that is {motion.Status} cannot become {status}.", $"议案当前状态为 {motion.Status}，不能改为 {status}。",
                    "status", RuleViolationKind.Conflict);
            }

            var answer = TextRules.OptionalName(text, "text");
            if (status is MotionStatus.Answered or MotionStatus.Rejected && answer is null)
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Motion, "Give the answer, or the reason it was not accepted.", "请填写答复或不予立案的理由。", "text");
            }

            if (day < motion.FiledOn || day > Today())
            {
                throw Date("The day lies from the filing day to today.", "日期须在提交日期与今天之间。", "day");
            }

            motion.Move(status, day, answer, TextRules.OptionalName(handledBy, "handledBy"), Now);
            _motions.Update(motion);
            return motion;
        }, cancellationToken);

    internal void Fulfil(Covenant covenant, Guid key, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId, string? note)
    {
        if (quantity is <= 0 or > 1_000_000_000)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A fulfilment is a positive quantity.", "完成数量须为正数。", "quantity");
        }

        if (covenant.StatusOn(day) != CovenantStatus.InForce || day > Today())
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "Fulfilment is recorded on a day the covenant was in force, up to today.", "只能登记盟约生效期间（至今天）的履约。", "day");
        }

        if (!covenant.CommitmentsOf(covenant.Effective!.Number).Any(c => c.Key == key))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "The covenant in effect has no such commitment.", "生效版本中没有该项承诺。", "commitmentKey");
        }

        covenant.Fulfil(key, quantity, day, source, sourceId, note, Now);
    }

    private static bool IsDeputy(PartnerCategory category) => category is PartnerCategory.PartyCongressDeputy or PartnerCategory.PeoplesCongressDeputy or PartnerCategory.CppccMember;

    private async Task<Place> CheckPartnerAsync(PartnerDetails details, CancellationToken cancellationToken)
    {
        TextRules.RequireName(details.Name, "name");
        if (FieldRules.Defined<PartnerCategory>(details.Category, "category") is { } category)
        {
            throw new RuleViolationException(category);
        }

        if (details.Category == PartnerCategory.MassOrganisation ? details.MassOrganisation is not { } kind || !Enum.IsDefined(kind) : details.MassOrganisation is not null)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Partner, "A mass organisation says which one (Youth League, Women's Federation, trade union, other); nobody else does.",
                "群团组织须注明类别（共青团、妇联、工会、其他），其他单位不填。", "massOrganisation");
        }

        TextRules.OptionalName(details.ParentBody, "parentBody");
        TextRules.OptionalName(details.ContactName, "contactName");
        if (details.ContactPhone is not null)
        {
            PhoneNumber.Parse(details.ContactPhone, "contactPhone");
        }

        var home = await _places.GetByIdAsync(details.HomePlaceId, cancellationToken);
        return home is { Kind: PlaceKind.District or PlaceKind.Street or PlaceKind.Community } ? home
            : throw CoBuildingRules.Fail(CoBuildingRules.Partner, "A partner is registered at a district, street or community.", "共建单位须登记在区、街道或社区。", "homePlaceId",
                home is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
    }

    private async Task<OrganizationUnit> CheckUnitAsync(OrganizationUnitId unitId, CancellationToken cancellationToken)
    {
        var unit = await _units.GetByIdAsync(unitId, cancellationToken);
        var level = unit is null ? null : _options.Schema.TryGetLevel(unit.Level, out var l) ? l : null;
        if (unit is null || !unit.IsLive || unit.Kind.IsGroup() || level?.Covers is not (PlaceKind.Community or PlaceKind.Compound or PlaceKind.Building))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Parties, "A covenant is signed by a live branch or community Party organisation.", "共建盟约须由现存的党支部或社区党组织签订。", "unitId",
                unit is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
        }

        return unit;
    }

    private async Task<List<PartnerId>> CheckPartiesAsync(IReadOnlyCollection<PartnerId> partners, CancellationToken cancellationToken)
    {
        var ids = partners.Distinct().ToList();
        if (ids.Count is < 1 or > 20 || ids.Count != partners.Count)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Parties, "A covenant has 1 to 20 partners, each once.", "共建盟约须有1至20个共建方，且不重复。", "partners");
        }

        foreach (var id in ids)
        {
            await GetPartnerAsync(id, cancellationToken);
        }

        return ids;
    }

    private static void CheckCommitments(IReadOnlyList<CommitmentDetails> commitments, IReadOnlyCollection<PartnerId> partners, string field)
    {
        if (commitments.Count > 50)
        {
            throw new RuleViolationException(FieldRules.Count(commitments.Count, 0, 50, field)!);
        }

        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i] ?? throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A commitment is empty.", "承诺不能为空。", $"{field}[{i}]");
            TextRules.RequireName(c.Description, $"{field}[{i}].description");
            TextRules.OptionalName(c.Unit, $"{field}[{i}].unit");
            TextRules.OptionalName(c.Schedule, $"{field}[{i}].schedule");
            if (FieldRules.Defined<CommitmentKind>(c.Kind, $"{field}[{i}].kind") is { } kind)
            {
                throw new RuleViolationException(kind);
            }

            if (c.Quantity is <= 0 or > 1_000_000_000 || (c.Quantity is null && c.Unit is not null))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A measurable commitment has a positive quantity with its unit.", "可计量的承诺须有正数数量及单位。", $"{field}[{i}].quantity");
            }

            if (c.PartnerId is { } p && !partners.Contains(p))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A commitment is made by a party.", "承诺须由盟约一方作出。", $"{field}[{i}].partnerId");
            }
        }

        if (commitments.Where(c => c.Key is not null).GroupBy(c => c.Key).Any(g => g.Count() > 1))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "Each commitment carried over appears once.", "沿用的承诺不能重复。", field);
        }
    }

    private async Task CheckOfferingAsync(Partner partner, OfferingDetails details, CancellationToken cancellationToken)
    {
        CheckKind(Policy.ServiceCategories, details.Category, "category");
        TextRules.RequireName(details.Title, "title");
        TextRules.OptionalName(details.Description, "description");
        if ((FieldRules.Defined<ServiceMode>(details.Mode, "mode") ?? FieldRules.Defined<CapacityPeriod>(details.Period, "period")
            ?? FieldRules.Range(details.Capacity, 1, 10_000, "capacity") ?? FieldRules.Count(details.Compounds?.Count ?? 0, 1, 500, "compounds")) is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        foreach (var c in details.Compounds!.Distinct())
        {
            await CompoundAsync(c, "compounds", cancellationToken);
        }

        if (details.CovenantId is { } covenantId)
        {
            var covenant = await GetCovenantAsync(covenantId, cancellationToken);
            if (!covenant.Partners.Any(p => p.PartnerId == partner.Id) || covenant.Effective is not { } effective
                || !covenant.CommitmentsOf(effective.Number).Any(c => c.Key == details.CommitmentKey))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Offering, "The offering delivers a commitment of a signed covenant the partner is party to.",
                    "服务须对应本单位参与的已签署盟约中的一项承诺。", "commitmentKey");
            }
        }
    }

    private static void CheckKind(IReadOnlyDictionary<string, CatalogueEntry> catalogue, string? key, string field)
    {
        if (key is null || !catalogue.ContainsKey(key))
        {
            throw CoBuildingRules.Fail(field == "category" ? CoBuildingRules.Offering : CoBuildingRules.PositionOrTeam, $"Unknown {field} '{key}'.", $"未知的类别“{key}”。", field);
        }
    }

    private async Task<Place> CompoundAsync(PlaceId id, string field, CancellationToken cancellationToken)
    {
        var place = await _places.GetByIdAsync(id, cancellationToken);
        return place is { Kind: PlaceKind.Compound } ? place
            : throw CoBuildingRules.Fail(CoBuildingRules.NotFound, $"{id} is not a compound.", $"{id} 不是小区。", field, place is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
    }

    private Task<Covenant> ChangeCovenantAsync(CovenantId id, long? expectedVersion, Action<Covenant> change, CancellationToken cancellationToken) =>
        _work.ExecuteAsync<Covenant>(async ct =>
        {
            var covenant = await GetCovenantAsync(id, cancellationToken);
            covenant.EnsureVersion(expectedVersion, "covenant");
            change(covenant);
            _covenants.Update(covenant);
            return covenant;
        }, cancellationToken);

    private async Task<(ServiceOrder Order, ServiceOffering Offering)> OrderAndOfferingAsync(ServiceOrderId id, long? expectedVersion, OrderState[] from,
        CancellationToken cancellationToken)
    {
        var order = await GetOrderAsync(id, cancellationToken);
        order.EnsureVersion(expectedVersion, "order");
        if (!from.Contains(order.State))
        {
            throw OrderFail($"An order that is {order.State} cannot take this step.", $"当前状态（{order.State}）的订单不能执行此操作。", "state", RuleViolationKind.Conflict);
        }

        return (order, await GetOfferingAsync(order.OfferingId, cancellationToken));
    }

    private static LocalDate Book(ServiceOffering offering, LocalDate day)
    {
        var period = offering.PeriodStart(day);
        if (offering.BookedIn(period) >= offering.Capacity)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Capacity, $"The offering takes {offering.Capacity} orders per {offering.Period.ToString().ToLowerInvariant()}; the one from {period:uuuu-MM-dd} is full.",
                $"该服务每周期最多接 {offering.Capacity} 单；自 {period:uuuu-MM-dd} 起的周期已满。", "wanted", RuleViolationKind.Conflict);
        }

        offering.Book(period);
        return period;
    }

    private static RuleViolationException NotFound(string what, Guid id) =>
        CoBuildingRules.Fail(CoBuildingRules.NotFound, $"No {what} {id}.", $"没有编号为 {id} 的记录。", "id", RuleViolationKind.NotFound);

    private static RuleViolationException Step(string message, string messageZh) =>
        CoBuildingRules.Fail(CoBuildingRules.CovenantStep, message, messageZh, "state", RuleViolationKind.Conflict);

    private static RuleViolationException Date(string message, string messageZh, string field) =>
        CoBuildingRules.Fail(CoBuildingRules.ImpossibleDate, message, messageZh, field);

    private static RuleViolationException OrderFail(string message, string messageZh, string field, RuleViolationKind kind = RuleViolationKind.Refused) =>
        CoBuildingRules.Fail(CoBuildingRules.OrderStep, message, messageZh, field, kind);

    private LocalDate Today() => _clock.GetCurrentInstant().InZone(_options.TimeZone).Date;
}
