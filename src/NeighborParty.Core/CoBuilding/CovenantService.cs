using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// Co-building covenants (共建盟约): drafting, signatures, amendments, termination, renewal and fulfilment. Each call
/// loads the covenant, lets it check its own rules (<see cref="Covenant"/>), and commits once.
/// </summary>
/// <remarks>A refused call changes nothing. Scoped.</remarks>
public sealed class CovenantService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<Covenant> _covenants;
    private readonly IReadRepository<Partner> _partners;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly CoBuildingLookups _context;

    /// <summary>Initializes a new instance of the <see cref="CovenantService"/> class.</summary>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <param name="covenants">The covenants.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="units">The organisation units.</param>
    /// <param name="actors">Who acts.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CovenantService(IUnitOfWork work, IRepository<Covenant> covenants, IReadRepository<Partner> partners, IReadRepository<OrganizationUnit> units,
        IActorAccessor actors, NeighborPartyOptions options, IClock clock)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _context = new CoBuildingLookups(work, actors, options, clock);
    }

    /// <summary>Drafts a covenant between a branch or community and one or more partners (version 1, a draft).</summary>
    /// <param name="title">The title.</param>
    /// <param name="unitId">The branch, joint branch, general branch or community committee.</param>
    /// <param name="partners">The partners (1–20, distinct).</param>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments (0–50 while drafting).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Refused parties (<c>NP-COB-003</c>), an unknown partner (<c>NP-COB-002</c>), dates or commitments.</exception>
    public Task<Covenant> DraftAsync(string title, OrganizationUnitId unitId, IReadOnlyCollection<PartnerId> partners, DateInterval validity,
        IReadOnlyList<CommitmentDetails> commitments, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            ArgumentNullException.ThrowIfNull(partners);
            var (unit, level) = await OrganisationSideAsync(unitId, ct);
            foreach (var partner in partners.Distinct())
            {
                await CoBuildingLookups.LoadAsync(_partners, partner, "partner", ct);
            }

            var covenant = Covenant.Draft(CovenantId.New(), title, unit, level, partners, validity, commitments, _context.Now, _context.Options.Schema);
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
    /// <exception cref="RuleViolationException">See <see cref="Covenant.EditDraft"/>.</exception>
    public Task<Covenant> EditDraftAsync(CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, c => c.EditDraft(validity, commitments, _context.Now), cancellationToken);

    /// <summary>Sends the latest draft out for every party's signature; from now on it does not change.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">See <see cref="Covenant.Submit"/>.</exception>
    public Task<Covenant> SubmitAsync(CovenantId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, c => c.Submit(_context.Today, _context.Now), cancellationToken);

    /// <summary>Signs the version out for signature, once per party.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="party">The partner signing, or null for the organisation side.</param>
    /// <param name="signer">Who signs for the party (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">See <see cref="Covenant.Sign"/>.</exception>
    public Task<Covenant> SignAsync(CovenantId id, PartnerId? party, string signer, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, c => c.Sign(party, signer, _context.Now), cancellationToken);

    /// <summary>Drafts an amendment that every party signs again; the signed version stays in force meanwhile.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The validity of the amended covenant.</param>
    /// <param name="commitments">Its commitments (carry a commitment over by giving its key).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">See <see cref="Covenant.Amend"/>.</exception>
    public Task<Covenant> AmendAsync(CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, c => c.Amend(validity, commitments, _context.Today, _context.Now), cancellationToken);

    /// <summary>Withdraws a pending amendment; the signed version stays in effect.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">See <see cref="Covenant.WithdrawAmendment"/>.</exception>
    public Task<Covenant> WithdrawAmendmentAsync(CovenantId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, c => c.WithdrawAmendment(_context.Now), cancellationToken);

    /// <summary>Terminates a signed covenant before its validity ends.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="day">The last day.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">See <see cref="Covenant.Terminate"/>.</exception>
    public Task<Covenant> TerminateAsync(CovenantId id, LocalDate day, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, c => c.Terminate(day, reason, _context.Today, _context.Now), cancellationToken);

    /// <summary>Renews a signed covenant: a successor draft with the same parties and commitments and a new validity.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="validity">The successor's validity.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The successor.</returns>
    /// <exception cref="RuleViolationException">See <see cref="Covenant.Renew"/>.</exception>
    public Task<Covenant> RenewAsync(CovenantId id, DateInterval validity, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            var covenant = await GetAsync(id, ct);
            covenant.EnsureVersion(expectedVersion, "covenant");
            var (unit, level) = await OrganisationSideAsync(covenant.UnitId, ct);
            var successor = covenant.Renew(CovenantId.New(), validity, unit, level, _context.Now);
            _covenants.Add(successor);
            _covenants.Update(covenant);
            return successor;
        }, cancellationToken);

    /// <summary>Records something delivered against a commitment of the covenant in effect.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="commitmentKey">The commitment's key.</param>
    /// <param name="quantity">How much (positive).</param>
    /// <param name="day">The day.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="sourceId">The order or activity, or null.</param>
    /// <param name="note">A note, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">See <see cref="Covenant.RecordFulfilment"/>.</exception>
    public Task<Covenant> RecordFulfilmentAsync(CovenantId id, Guid commitmentKey, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId = null,
        string? note = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, c => c.RecordFulfilment(commitmentKey, quantity, day, source, sourceId, note, _context.Today, _context.Now), cancellationToken);

    /// <summary>Returns a covenant.</summary>
    /// <param name="id">The covenant.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The covenant.</returns>
    /// <exception cref="RuleViolationException">No such covenant (<c>NP-COB-002</c>).</exception>
    public Task<Covenant> GetAsync(CovenantId id, CancellationToken cancellationToken = default) => CoBuildingLookups.LoadAsync(_covenants, id, "covenant", cancellationToken);

    private Task<Covenant> ChangeAsync(CovenantId id, long? expectedVersion, Action<Covenant> change, CancellationToken cancellationToken) =>
        _work.ExecuteAsync(async ct =>
        {
            var covenant = await GetAsync(id, ct);
            covenant.EnsureVersion(expectedVersion, "covenant");
            change(covenant);
            _covenants.Update(covenant);
            return covenant;
        }, cancellationToken);

    private async Task<(OrganizationUnit Unit, HierarchyLevel Level)> OrganisationSideAsync(OrganizationUnitId id, CancellationToken cancellationToken)
    {
        var unit = await _units.GetByIdAsync(id, cancellationToken);
        return unit is not null && _context.Options.Schema.TryGetLevel(unit.Level, out var level) ? (unit, level)
            : throw CovenantRules.OrganisationSide(_context.Options.Schema, RuleViolationKind.NotFound);
    }
}
