using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// Covenants (共建盟约), for an acting <see cref="Actor"/>: read by staff of the unit's subtree or by a party; drafted,
/// submitted, amended, terminated and renewed by the organisation side; signed by each party for itself.
/// </summary>
public sealed class CovenantUseCases
{
    private readonly UseCaseContext _context;
    private readonly CovenantService _service;
    private readonly IReadRepository<Covenant> _covenants;
    private readonly IReadRepository<Partner> _partners;
    private readonly IAggregateQueries _queries;

    /// <summary>Initializes a new instance of the <see cref="CovenantUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="service">The covenants' operations.</param>
    /// <param name="covenants">The covenants.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="queries">Reads pages where the covenants are stored.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CovenantUseCases(UseCaseContext context, CovenantService service, IReadRepository<Covenant> covenants, IReadRepository<Partner> partners, IAggregateQueries queries)
    {
        _queries = queries ?? throw new ArgumentNullException(nameof(queries));
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
    }

    /// <summary>
    /// The covenants of a unit's subtree, or those a partner is party to (give one). The actor's scope is part of the
    /// query, so a page is a full page of what the actor may read (the endpoint used to filter after paging).
    /// </summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="unit">The unit, or null.</param>
    /// <param name="partner">The partner, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenants.</returns>
    public async Task<List<Covenant>> ListAsync(Actor actor, OrganizationUnitId? unit, PartnerId? partner, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        return await ReadableAsync(actor, unit, partner, skip, take, cancellationToken) is { } spec ? await _covenants.ListAsync(spec, cancellationToken) : [];
    }

    /// <summary>
    /// The covenants of a unit's subtree, or those a partner is party to (give one), a page at a time in title order
    /// (keyset paging): the first, a middle and the last page cost the same however many there are.
    /// </summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="unit">The unit, or null.</param>
    /// <param name="partner">The partner, or null.</param>
    /// <param name="after">The <see cref="Common.Page{T}.Next"/> token of the page before, or null for the first page.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Common.RuleViolationException">Outside the actor's reach, a page size out of range, or a malformed token (<c>NP-GEN-009</c>).</exception>
    public async Task<Common.Page<Covenant>> PageAsync(Actor actor, OrganizationUnitId? unit, PartnerId? partner, string? after = null, int take = 50,
        CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(0, take);
        var order = CovenantPages.Order(after);
        if (await ReadableAsync(actor, unit, partner, 0, take, cancellationToken) is not { } spec)
        {
            return new([], null);
        }

        var (items, more) = await Common.KeysetPages.ReadAsync(_queries, order, Common.KeysetPages.Criteria(spec), take, cancellationToken);
        return new(items, more ? CovenantPages.Token(items[^1]) : null);
    }

    /// <summary>What the actor may read of a unit's or a partner's covenants, as a specification (null: nothing).</summary>
    private async Task<CovenantsSpec?> ReadableAsync(Actor actor, OrganizationUnitId? unit, PartnerId? partner, int skip, int take, CancellationToken cancellationToken)
    {
        var guard = _context.Guard(actor);
        if (unit is { } u)
        {
            var scope = await guard.EnsureUnitPathAsync(AccessAction.ReadCoBuilding, u, cancellationToken);
            return new CovenantsSpec(scope, skip, take);
        }

        var p = await CoBuildingAccess.ReadPartnerAsync(guard, _partners, partner ?? throw new ArgumentNullException(nameof(partner)), cancellationToken);
        if (await CoBuildingAccess.IsPartyAsync(guard, p.Id, cancellationToken))
        {
            return new CovenantsSpec(p.Id, skip, take); // a partner reads all of its own
        }

        var actorScope = await guard.GetScopeAsync(cancellationToken);
        if (actorScope.Actor.Kind == ActorKind.System || guard.Policy.GetReach(actorScope.Actor.Kind, AccessAction.ReadCoBuilding) == AccessReach.Anywhere)
        {
            return new CovenantsSpec(p.Id, skip, take);
        }

        return actorScope.Unit is { } mine ? new CovenantsSpec(p.Id, mine, skip, take) : null;
    }

    /// <summary>One covenant.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> GetAsync(Actor actor, CovenantId id, CancellationToken cancellationToken = default) => ReadAsync(_context.Guard(actor), id, cancellationToken);

    /// <summary>Drafts a covenant for a unit of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="title">The title.</param>
    /// <param name="unit">The organisation side.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The draft.</returns>
    public Task<Covenant> DraftAsync(Actor actor, string title, OrganizationUnitId unit, IReadOnlyCollection<PartnerId> partners, DateInterval validity,
        IReadOnlyList<CommitmentDetails> commitments, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsureUnitAsync(AccessAction.ManageCoBuilding, unit, ct);
            return await _service.DraftAsync(title, unit, partners, validity, commitments, ct);
        }, cancellationToken);

    /// <summary>Replaces the validity and commitments of the draft.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> EditDraftAsync(Actor actor, CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        OrganisationStepAsync(actor, id, ct => _service.EditDraftAsync(id, validity, commitments, expectedVersion, ct), cancellationToken);

    /// <summary>Sends the draft out for signature.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> SubmitAsync(Actor actor, CovenantId id, long? expectedVersion, CancellationToken cancellationToken = default) =>
        OrganisationStepAsync(actor, id, ct => _service.SubmitAsync(id, expectedVersion, ct), cancellationToken);

    /// <summary>Drafts an amendment every party signs again.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> AmendAsync(Actor actor, CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        OrganisationStepAsync(actor, id, ct => _service.AmendAsync(id, validity, commitments, expectedVersion, ct), cancellationToken);

    /// <summary>Withdraws a pending amendment.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> WithdrawAmendmentAsync(Actor actor, CovenantId id, long? expectedVersion, CancellationToken cancellationToken = default) =>
        OrganisationStepAsync(actor, id, ct => _service.WithdrawAmendmentAsync(id, expectedVersion, ct), cancellationToken);

    /// <summary>Terminates a signed covenant.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="day">The day.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> TerminateAsync(Actor actor, CovenantId id, LocalDate day, string reason, long? expectedVersion, CancellationToken cancellationToken = default) =>
        OrganisationStepAsync(actor, id, ct => _service.TerminateAsync(id, day, reason, expectedVersion, ct), cancellationToken);

    /// <summary>Records something delivered against a commitment.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="commitmentKey">The commitment.</param>
    /// <param name="quantity">How much.</param>
    /// <param name="day">The day.</param>
    /// <param name="note">A note, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> RecordFulfilmentAsync(Actor actor, CovenantId id, Guid commitmentKey, decimal quantity, LocalDate day, string? note, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        OrganisationStepAsync(actor, id, ct => _service.RecordFulfilmentAsync(id, commitmentKey, quantity, day, FulfilmentSource.Manual, null, note, expectedVersion, ct), cancellationToken);

    /// <summary>Renews a signed covenant: a successor draft.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The successor's validity.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The successor.</returns>
    public Task<Covenant> RenewAsync(Actor actor, CovenantId id, DateInterval validity, long? expectedVersion, CancellationToken cancellationToken = default) =>
        OrganisationStepAsync(actor, id, ct => _service.RenewAsync(id, validity, expectedVersion, ct), cancellationToken);

    /// <summary>Signs the version out for signature: a partner for itself, or (no partner) the organisation side.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The covenant.</param>
    /// <param name="partner">The partner signing, or null for the organisation side.</param>
    /// <param name="signer">Who signs.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The covenant.</returns>
    public Task<Covenant> SignAsync(Actor actor, CovenantId id, PartnerId? partner, string signer, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureKindMayAsync(partner is null ? AccessAction.ManageCoBuilding : AccessAction.ActAsParty, ct);
            var covenant = await ReadAsync(guard, id, ct);
            if (partner is { } p)
            {
                if (!await CoBuildingAccess.IsPartyAsync(guard, p, ct))
                {
                    throw await CoBuildingAccess.ForbiddenAsync(guard, AccessAction.ActAsParty, ct); // a partner signs for itself; nobody signs for a partner
                }
            }
            else
            {
                await EnsureOrganisationSideAsync(guard, covenant, ct);
            }

            return await _service.SignAsync(covenant.Id, partner, signer, expectedVersion, ct);
        }, cancellationToken);

    private Task<Covenant> OrganisationStepAsync(Actor actor, CovenantId id, Func<CancellationToken, Task<Covenant>> step, CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureKindMayAsync(AccessAction.ManageCoBuilding, ct); // 403 before anything is looked up
            await EnsureOrganisationSideAsync(guard, await ReadAsync(guard, id, ct), ct);
            return await step(ct);
        }, cancellationToken);

    private async Task<Covenant> ReadAsync(AccessGuard guard, CovenantId id, CancellationToken cancellationToken)
    {
        await CoBuildingAccess.EnsureReaderAsync(guard, cancellationToken);
        var covenant = await _covenants.GetByIdAsync(id, cancellationToken);
        return covenant is not null && await MayReadAsync(guard, covenant, cancellationToken) ? covenant : throw CoBuildingAccess.NotFound("covenant", id.Value);
    }

    private static async Task<bool> MayReadAsync(AccessGuard guard, Covenant covenant, CancellationToken cancellationToken)
    {
        if (await guard.AllowsAsync(AccessAction.ReadCoBuilding, AccessTarget.Unit(covenant.UnitPath), cancellationToken))
        {
            return true;
        }

        foreach (var party in covenant.Partners)
        {
            if (await CoBuildingAccess.IsPartyAsync(guard, party.PartnerId, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task EnsureOrganisationSideAsync(AccessGuard guard, Covenant covenant, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Unit(covenant.UnitPath), cancellationToken))
        {
            throw await CoBuildingAccess.ForbiddenAsync(guard, AccessAction.ManageCoBuilding, cancellationToken);
        }
    }
}
