using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// Red Stewards' use cases, each for an acting <see cref="Actor"/>: appointments at a unit or place of the actor's
/// scope (an appointment outside answers like an unknown one), owners' committees, a compound's team, coverage.
/// </summary>
public sealed class StewardUseCases
{
    private readonly UseCaseContext _context;
    private readonly AppointmentService _appointments;
    private readonly GovernanceService _governance;
    private readonly StewardReports _reports;
    private readonly IReadRepository<Appointment> _stored;
    private readonly IReadRepository<Resident> _residents;

    /// <summary>Initializes a new instance of the <see cref="StewardUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="appointments">The appointments' operations.</param>
    /// <param name="governance">The governance records' operations.</param>
    /// <param name="reports">The team and coverage reports.</param>
    /// <param name="stored">The appointments.</param>
    /// <param name="residents">The residents.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StewardUseCases(UseCaseContext context, AppointmentService appointments, GovernanceService governance, StewardReports reports, IReadRepository<Appointment> stored,
        IReadRepository<Resident> residents)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _appointments = appointments ?? throw new ArgumentNullException(nameof(appointments));
        _governance = governance ?? throw new ArgumentNullException(nameof(governance));
        _reports = reports ?? throw new ArgumentNullException(nameof(reports));
        _stored = stored ?? throw new ArgumentNullException(nameof(stored));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
    }

    /// <summary>The roles a steward may hold (the library's and the district's own).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The roles.</returns>
    public async Task<IReadOnlyCollection<StewardRole>> RolesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureKindMayAsync(AccessAction.ReadStewards, cancellationToken);
        return [.. _context.Options.Stewards.Roles.Values];
    }

    /// <summary>The appointments in a unit's or a place's subtree (give one), optionally one role and those in office on a day.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="unit">The unit, or null.</param>
    /// <param name="place">The place, or null.</param>
    /// <param name="filter">Role and day.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointments.</returns>
    public async Task<List<Appointment>> ListAsync(Actor actor, OrganizationUnitId? unit, PlaceId? place, AppointmentFilter filter, int skip = 0, int take = 100,
        CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        if ((unit is null) == (place is null))
        {
            throw new RuleViolationException(new RuleViolation("NP-GEN-003", "Give exactly one of 'unit' and 'place'.", "须且只能填写“unit”或“place”之一。", target: "unit"));
        }

        var guard = _context.Guard(actor);
        var spec = unit is { } u
            ? new AppointmentsInScopeSpec(await guard.EnsureUnitPathAsync(AccessAction.ReadStewards, u, cancellationToken), [], filter, skip, take)
            : new AppointmentsInScopeSpec(null, [await guard.EnsurePlacePathAsync(AccessAction.ReadStewards, place!.Value, cancellationToken)], filter, skip, take);
        return await _stored.ListAsync(spec, cancellationToken);
    }

    /// <summary>One appointment.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The appointment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointment.</returns>
    public Task<Appointment> GetAsync(Actor actor, AppointmentId id, CancellationToken cancellationToken = default) =>
        EnsureAppointmentAsync(_context.Guard(actor), AccessAction.ReadStewards, id, cancellationToken);

    /// <summary>Appoints someone the actor can see to a role at a unit or place of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="request">The appointment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointment.</returns>
    public Task<Appointment> AppointAsync(Actor actor, NewAppointment request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            if (request.UnitId is { } unit)
            {
                await guard.EnsureUnitAsync(AccessAction.Appoint, unit, ct);
            }
            else if (request.PlaceId is { } place)
            {
                await guard.EnsurePlaceAsync(AccessAction.Appoint, place, ct);
            }
            else
            {
                await guard.EnsureKindMayAsync(AccessAction.Appoint, ct);
            }

            // The person must be someone the actor can see; otherwise the answer is the one for an unknown person.
            if (request.MemberId is { } memberId)
            {
                await guard.EnsureMemberAsync(AccessAction.ReadMembers, memberId, ct);
            }
            else if (request.ResidentId is { } residentId)
            {
                var resident = await _residents.GetByIdAsync(residentId, ct);
                if (resident is null || !await guard.AllowsAsync(AccessAction.ReadMembers, AccessTarget.Place(resident.CompoundPath), ct))
                {
                    throw new RuleViolationException(new RuleViolation(StewardRules.WrongHolder, $"No resident {residentId}.", $"没有编号为 {residentId} 的居民。",
                        kind: RuleViolationKind.NotFound, target: "residentId"));
                }
            }

            return await _appointments.AppointAsync(request, ct);
        }, cancellationToken);
    }

    /// <summary>Ends an appointment early.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The appointment.</param>
    /// <param name="lastDay">The last day in office.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">A note, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointment.</returns>
    public Task<Appointment> EndAsync(Actor actor, AppointmentId id, LocalDate lastDay, AppointmentEndReason reason, string? note, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await EnsureAppointmentAsync(_context.Guard(actor), AccessAction.Appoint, id, ct);
            return await _appointments.EndAsync(id, lastDay, reason, note, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Postpones or advances the end of a Party organisation's term (TR-3).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The appointment.</param>
    /// <param name="end">The new last day.</param>
    /// <param name="approvedBy">Who approved.</param>
    /// <param name="approvedOn">When.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The appointment.</returns>
    public Task<Appointment> ChangeTermAsync(Actor actor, AppointmentId id, LocalDate end, string approvedBy, LocalDate approvedOn, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await EnsureAppointmentAsync(_context.Guard(actor), AccessAction.Appoint, id, ct);
            return await _appointments.ChangeTermAsync(id, end, approvedBy, approvedOn, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>The owners' committee and property management of a compound (null while nothing is recorded).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, and whether contacts may be shown.</returns>
    public async Task<Revealed<CompoundGovernance?>> GovernanceAsync(Actor actor, PlaceId compound, CancellationToken cancellationToken = default)
    {
        var guard = _context.Guard(actor);
        var place = await guard.EnsurePlaceAsync(AccessAction.ReadStewards, compound, cancellationToken);
        var record = await _governance.GetGovernanceAsync(place.Id, cancellationToken);
        return new(record, await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), cancellationToken));
    }

    /// <summary>Records the owners' committee and property management of a compound of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="details">What to record.</param>
    /// <param name="expectedVersion">The version the caller read (0 before the first record).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, and whether contacts may be shown.</returns>
    public Task<Revealed<CompoundGovernance>> SetGovernanceAsync(Actor actor, PlaceId compound, CompoundGovernanceDetails details, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            var place = await guard.EnsurePlaceAsync(AccessAction.ManageGovernance, compound, ct);
            var record = await _governance.SetGovernanceAsync(place.Id, details, expectedVersion, ct);
            return new Revealed<CompoundGovernance>(record, await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), ct));
        }, cancellationToken);

    /// <summary>The Red Steward team of a compound today.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The team, and whether contacts may be shown.</returns>
    public async Task<Revealed<StewardTeam>> TeamAsync(Actor actor, PlaceId compound, CancellationToken cancellationToken = default)
    {
        var guard = _context.Guard(actor);
        var place = await guard.EnsurePlaceAsync(AccessAction.ReadStewards, compound, cancellationToken);
        var team = await _reports.TeamAsync(place.Id, cancellationToken);
        return new(team, await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), cancellationToken));
    }

    /// <summary>The coverage report of a place.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    public async Task<StewardCoverage> CoverageAsync(Actor actor, PlaceId place, CancellationToken cancellationToken = default)
    {
        var scope = await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadStewards, place, cancellationToken);
        return await _context.ReportOfTodayAsync("coverage", scope.Id, ct => _reports.CoverageAsync(scope.Id, ct), cancellationToken); // made once a while (ReportCache)
    }

    /// <summary>
    /// The coverage report of a place summed by level (branches without a secretary, committee gaps, buildings without a
    /// leader, terms ending, expired, vacancies, 一肩挑, per child place): a province's report in a few kilobytes, to
    /// drill down a level at a time; the items come from <see cref="CoverageAsync"/> a list at a time.
    /// </summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary.</returns>
    public async Task<ReportSummary> CoverageSummaryAsync(Actor actor, PlaceId place, CancellationToken cancellationToken = default)
    {
        var scope = await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadStewards, place, cancellationToken);
        return await _context.ReportOfTodayAsync("coverage-summary", scope.Id, async ct =>
        {
            var children = await _context.ChildPlacesAsync(scope.Id, ct);
            return (await _reports.CoverageSummaryAsync(scope, children, ct)).Summary;
        }, cancellationToken); // made once a while (ReportCache)
    }

    private async Task<Appointment> EnsureAppointmentAsync(AccessGuard guard, AccessAction action, AppointmentId id, CancellationToken cancellationToken)
    {
        await guard.EnsureKindMayAsync(action, cancellationToken);
        var appointment = await _stored.GetByIdAsync(id, cancellationToken);
        if (appointment is null || !await guard.AllowsAsync(action, appointment.UnitId is not null ? AccessTarget.Unit(appointment.SitePath) : AccessTarget.Place(appointment.SitePath), cancellationToken))
        {
            // Outside the scope: exactly the answer for an unknown appointment.
            throw new RuleViolationException(new RuleViolation(StewardRules.NotFound, $"No appointment {id}.", $"没有编号为 {id} 的任职。", kind: RuleViolationKind.NotFound, target: "id"));
        }

        return appointment;
    }
}
