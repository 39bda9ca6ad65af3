using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// Red Stewards' appointments (红色管家): made, ended early and re-termed under the rules (BR-4, TR-1…TR-6, 一肩挑).
/// The appointment checks what it can see itself; this service reads the other records the rules need (the site's
/// other terms, the owners' committee, the holder's ledger entry) and commits once.
/// </summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Each call is one unit of work.</remarks>
public sealed partial class AppointmentService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<Appointment> _appointments;
    private readonly IReadRepository<CompoundGovernance> _governance;
    private readonly IReadRepository<PartyMember> _members;
    private readonly IReadRepository<Resident> _residents;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly IAggregateQueries _queries;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="AppointmentService"/> class.</summary>
    /// <param name="appointments">The appointment repository.</param>
    /// <param name="governance">The governance records (owners' committees).</param>
    /// <param name="members">The member repository.</param>
    /// <param name="residents">The resident repository.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <param name="queries">The store's queries (a compound's branch is found from the place's coverage row).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AppointmentService(IRepository<Appointment> appointments, IReadRepository<CompoundGovernance> governance, IReadRepository<PartyMember> members,
        IReadRepository<Resident> residents, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, NeighborPartyOptions options, IClock clock, IUnitOfWork work,
        IAggregateQueries queries)
    {
        _queries = queries ?? throw new ArgumentNullException(nameof(queries));
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _appointments = appointments ?? throw new ArgumentNullException(nameof(appointments));
        _governance = governance ?? throw new ArgumentNullException(nameof(governance));
        _members = members ?? throw new ArgumentNullException(nameof(members));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private StewardPolicy Policy => _options.Stewards;

    private HierarchySchema Schema => _options.Schema;

    private FormationPolicy Formation => _options.Formation;

    /// <summary>Appoints someone to a role after checking every rule that applies to it.</summary>
    /// <param name="request">The appointment.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="RuleViolationException">
    /// An unknown role (<c>NP-STW-001</c>), a wrong site (<c>NP-STW-002</c>) or holder (<c>NP-STW-003</c>, <c>TR-6</c>),
    /// residence (<c>NP-STW-004</c>), a taken seat (<c>NP-STW-005</c>, one secretary at a time <c>BR-4</c>), committee
    /// rules (<c>BR-4</c>), dates and terms (<c>NP-STW-006</c>, <c>TR-2</c>), the owners' committee (<c>NP-STW-009</c>)
    /// or cross-holding where the policy forbids it (<c>NP-STW-010</c>).
    /// </exception>
    public Task<Appointment> AppointAsync(NewAppointment request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _work.ExecuteAsync<Appointment>(async ct =>
        {
            if (!Policy.TryGetRole(request.Role, out var role))
            {
                throw StewardRules.Fail(StewardRules.UnknownRole, $"Unknown role '{request.Role}'.", $"未知的职务“{request.Role}”。", "role");
            }

            if (FieldRules.Defined<AppointmentBasis>(request.Basis, "basis") is { } basisViolation)
            {
                throw new RuleViolationException(basisViolation);
            }

            TextRules.OptionalName(request.BasisNote, "basisNote");
            var (site, unit, branch) = await ResolveSiteAsync(role, request, ct);
            var holder = await ResolveHolderAsync(request.MemberId, request.ResidentId, ct);
            var today = Today();
            var grid = Appointment.CheckCandidate(role, holder.Holder, site, request.Start, today, _options.Schema);
            var term = await ResolveTermAsync(role, site, branch, holder, request.Start, request.End, ct);
            await CheckHolderAsync(role, site, grid, branch, holder, request.Start, ct);
            var existing = await _appointments.ListAsync(new AppointmentsAtSiteSpec(site.Location), ct);
            SeatRules.Check(role, unit, grid, holder.Holder.Key, term, existing, null, await CountFullMembersAsync(role, unit, ct), Policy, Formation);
            await CheckCrossHoldingAsync(role, site, branch, holder, term, ct);

            var appointment = Appointment.Appoint(AppointmentId.New(), role, holder.Holder, site, term, request.Basis, request.BasisNote, today, _clock.GetCurrentInstant(), _options.Schema);

            // Earlier terms of this seat that ended before this one starts are succeeded: reports need not read them again.
            var predecessors = existing.Where(a => a.SucceededBy is null && a.LastDay < term.Start && a.SameSeat(appointment)).ToList();
            foreach (var predecessor in predecessors)
            {
                predecessor.MarkSucceededBy(appointment);
            }

            _appointments.Add(appointment);
            _appointments.UpdateRange(predecessors);
            return appointment;
        }, cancellationToken);
    }

    /// <summary>Ends an appointment before its term: resigned, removed, moved away.</summary>
    /// <param name="id">The appointment.</param>
    /// <param name="lastDay">The last day in office: from the first day, before the term's last, not after today.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">A note (1–100 characters), or null.</param>
    /// <param name="expectedVersion">The version the caller read (If-Match), or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="RuleViolationException">Unknown (<c>NP-STW-007</c>), already ended (<c>NP-STW-008</c>), or a wrong day (<c>NP-STW-006</c>).</exception>
    public Task<Appointment> EndAsync(AppointmentId id, LocalDate lastDay, AppointmentEndReason reason, string? note = null,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Appointment>(async ct =>
        {
            var appointment = await GetAsync(id, ct);
            appointment.EnsureVersion(expectedVersion, "appointment");
            appointment.EndEarly(lastDay, reason, note, Today(), _clock.GetCurrentInstant());
            _appointments.Update(appointment);
            return appointment;
        }, cancellationToken);

    /// <summary>Postpones or advances the end of a Party organisation's term with the higher committee's approval (TR-3).</summary>
    /// <param name="id">The appointment.</param>
    /// <param name="end">The new last day: within <see cref="StewardPolicy.ElectionShiftLimit"/> of the regular end.</param>
    /// <param name="approvedBy">Who approved (the higher committee, its document).</param>
    /// <param name="approvedOn">When (not after today).</param>
    /// <param name="expectedVersion">The version the caller read (If-Match), or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="approvedBy"/> is null.</exception>
    /// <exception cref="RuleViolationException">Unknown, ended, not an organisation's term, beyond the limit (<c>TR-3</c>), or the longer term collides with another seat (<c>NP-STW-005</c>, <c>BR-4</c>).</exception>
    public Task<Appointment> ChangeTermAsync(AppointmentId id, LocalDate end, string approvedBy, LocalDate approvedOn,
        long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approvedBy);
        return _work.ExecuteAsync<Appointment>(async ct =>
        {
            var appointment = await GetAsync(id, ct);
            appointment.EnsureVersion(expectedVersion, "appointment");
            var role = Policy.RoleOf(appointment);
            var longer = end > appointment.End ? new DateInterval(appointment.End.PlusDays(1), end) : null;
            appointment.ChangeTerm(role, end, approvedBy, approvedOn, Policy, Today(), _clock.GetCurrentInstant());
            if (longer is not null)
            {
                // The longer term must not collide with a successor or overfill the committee.
                var unit = appointment.UnitId is { } u ? await _units.GetByIdAsync(u, ct) : null;
                var existing = await _appointments.ListAsync(new AppointmentsAtSiteSpec(appointment.Location), ct);
                SeatRules.Check(role, unit, appointment.Grid, AppointmentHolder.KeyOf(appointment.MemberId, appointment.ResidentId), longer, existing, appointment.Id,
                    await CountFullMembersAsync(role, unit, ct), Policy, Formation);
            }

            _appointments.Update(appointment);
            return appointment;
        }, cancellationToken);
    }

    /// <summary>Returns an appointment.</summary>
    /// <param name="id">The appointment.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="RuleViolationException">No such appointment (<c>NP-STW-007</c>).</exception>
    public async Task<Appointment> GetAsync(AppointmentId id, CancellationToken cancellationToken = default) =>
        await _appointments.GetByIdAsync(id, cancellationToken)
        ?? throw StewardRules.Fail(StewardRules.NotFound, $"No appointment {id}.", $"没有编号为 {id} 的任职。", "id", RuleViolationKind.NotFound);

    private LocalDate Today() => _clock.Today(_options);
}
