using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// Red Stewards (红色管家): appointments to roles — made, ended early and re-termed under the rules (BR-4, TR-1…TR-6,
/// 一肩挑) — the owners' committee and property management of each compound, the coverage report of any place, and
/// the team of a compound.
/// </summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Each call is one unit of work.</remarks>
public sealed class StewardService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<Appointment> _appointments;
    private readonly IRepository<CompoundGovernance> _governance;
    private readonly IReadRepository<PartyMember> _members;
    private readonly IReadRepository<Resident> _residents;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly FormationService _formation;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="StewardService"/> class.</summary>
    /// <param name="appointments">The appointment repository.</param>
    /// <param name="governance">The governance repository.</param>
    /// <param name="members">The member repository.</param>
    /// <param name="residents">The resident repository.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="formation">The formation service (its ledger index counts full members for BR-4).</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StewardService(IRepository<Appointment> appointments, IRepository<CompoundGovernance> governance, IReadRepository<PartyMember> members,
        IReadRepository<Resident> residents, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, FormationService formation,
        NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        ArgumentNullException.ThrowIfNull(appointments);
        ArgumentNullException.ThrowIfNull(governance);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(residents);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(formation);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _appointments = appointments;
        _governance = governance;
        _members = members;
        _residents = residents;
        _units = units;
        _places = places;
        _formation = formation;
        _options = options;
        _clock = clock;
    }

    private StewardPolicy Policy => _options.Stewards;

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
    public Task<Appointment> AppointAsync(NewAppointment request, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Appointment>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!Policy.TryGetRole(request.Role, out var role))
            {
                throw StewardRules.Fail(StewardRules.UnknownRole, $"Unknown role '{request.Role}'.", $"未知的职务“{request.Role}”。", "role");
            }

            if (FieldRules.Defined<AppointmentBasis>(request.Basis, "basis") is { } basisViolation)
            {
                throw new RuleViolationException(basisViolation);
            }

            var basisNote = TextRules.OptionalName(request.BasisNote, "basisNote");
            var site = await ResolveSiteAsync(role, request, cancellationToken);
            var holder = await ResolveHolderAsync(role, request.MemberId, request.ResidentId, cancellationToken);

            var today = Today();
            if (request.Start > today || request.Start < site.NotBefore)
            {
                throw Date($"The first day must lie between {site.NotBefore:uuuu-MM-dd} (when the site was set up) and today.",
                    $"任职起始日须在 {site.NotBefore:uuuu-MM-dd}（该组织或地点设立之日）与今天之间。", "start");
            }

            var term = await ResolveTermAsync(role, site, holder, request.Start, request.End, cancellationToken);
            await CheckHolderAsync(role, site, holder, request.Start, cancellationToken);
            var existing = await _appointments.ListAsync(site.Site.UnitId is { } u ? new AppointmentsAtSiteSpec(u) : new AppointmentsAtSiteSpec(site.Site.PlaceId!.Value), cancellationToken);
            await CheckSeatAsync(role, site.Unit, site.Site.Grid, holder.Key, term, existing, null, cancellationToken);
            await CheckCrossHoldingAsync(role, site, holder, term, cancellationToken);

            var appointment = Appointment.Create(AppointmentId.New(), role, holder.Holder, site.Site, term, request.Basis, basisNote, _clock.GetCurrentInstant());

            // Earlier terms of this seat that ended before this one starts are succeeded: reports need not read them again.
            var predecessors = existing.Where(a => a.SucceededBy is null && a.LastDay < term.Start && a.SameSeat(appointment)).ToList();
            foreach (var predecessor in predecessors)
            {
                predecessor.MarkSucceededBy(appointment.Id);
            }

            _appointments.Add(appointment);
            _appointments.UpdateRange(predecessors);

            return appointment;
        }, cancellationToken);

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
            var appointment = await GetAsync(id, cancellationToken);
            appointment.EnsureVersion(expectedVersion, "appointment");
            if (FieldRules.Defined<AppointmentEndReason>(reason, "reason") is { } reasonViolation)
            {
                throw new RuleViolationException(reasonViolation);
            }

            var text = TextRules.OptionalName(note, "note");
            if (appointment.EndedEarly)
            {
                throw StewardRules.Fail(StewardRules.AlreadyEnded, "The appointment has already ended.", "该任职已经结束。", "id", RuleViolationKind.Conflict);
            }

            if (lastDay < appointment.Start || lastDay >= appointment.End || lastDay > Today())
            {
                throw Date("An early end lies from the first day to before the term's last day, and not after today.",
                    "提前离任日期须在任职起始日之后、任期届满之前，且不晚于今天。", "lastDay");
            }

            appointment.EndEarly(lastDay, reason, text, _clock.GetCurrentInstant());
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
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Appointment>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(approvedBy);
            var appointment = await GetAsync(id, cancellationToken);
            appointment.EnsureVersion(expectedVersion, "appointment");
            var approver = TextRules.RequireName(approvedBy, "approvedBy");
            if (appointment.EndedEarly)
            {
                throw StewardRules.Fail(StewardRules.AlreadyEnded, "The appointment has already ended; its term cannot move.", "该任职已经结束，任期不能调整。", "id", RuleViolationKind.Conflict);
            }

            var role = RoleOf(appointment);
            if (role.Term != RoleTerm.OrganisationTerm)
            {
                throw StewardRules.Fail("TR-3", "Only the term of a Party organisation is postponed or advanced (TR-3).", "只有党组织的任期才能延期或提前换届。", "id", regulation: StewardRules.Tr3);
            }

            var today = Today();
            if (approvedOn > today || approvedOn < appointment.Start)
            {
                throw Date("The approval lies between the first day and today.", "批准日期须在任职起始日与今天之间。", "approvedOn");
            }

            var earliest = appointment.RegularEnd.Minus(Policy.ElectionShiftLimit);
            var latest = appointment.RegularEnd.Plus(Policy.ElectionShiftLimit);
            if (end < earliest || end > latest || end < appointment.Start)
            {
                throw StewardRules.Fail("TR-3", $"An election is postponed or advanced by at most {Policy.ElectionShiftLimit} (between {earliest:uuuu-MM-dd} and {latest:uuuu-MM-dd}).",
                    $"延期或提前换届一般不超过一年（{earliest:uuuu-MM-dd} 至 {latest:uuuu-MM-dd}）。", "end", regulation: StewardRules.Tr3);
            }

            if (end > appointment.End)
            {
                // The longer term must not collide with a successor or overfill the committee.
                var unit = appointment.UnitId is { } u ? await _units.GetByIdAsync(u, cancellationToken) : null;
                var existing = await _appointments.ListAsync(appointment.UnitId is { } unitId ? new AppointmentsAtSiteSpec(unitId) : new AppointmentsAtSiteSpec(appointment.PlaceId!.Value), cancellationToken);
                var key = HolderKey(appointment.MemberId, appointment.ResidentId);
                await CheckSeatAsync(role, unit, appointment.Grid, key, new DateInterval(appointment.End.PlusDays(1), end), existing, appointment.Id, cancellationToken);
            }

            appointment.ChangeEnd(end, approver, approvedOn, _clock.GetCurrentInstant());
            _appointments.Update(appointment);
            return appointment;
        }, cancellationToken);

    /// <summary>Returns an appointment.</summary>
    /// <param name="id">The appointment.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="RuleViolationException">No such appointment (<c>NP-STW-007</c>).</exception>
    public async Task<Appointment> GetAsync(AppointmentId id, CancellationToken cancellationToken = default) =>
        await _appointments.GetByIdAsync(id, cancellationToken)
        ?? throw StewardRules.Fail(StewardRules.NotFound, $"No appointment {id}.", $"没有编号为 {id} 的任职。", "id", RuleViolationKind.NotFound);

    /// <summary>Returns the role of an appointment, or a stand-in for a role the policy no longer knows.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The role.</returns>
    public StewardRole RoleOf(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return Policy.TryGetRole(appointment.RoleKey, out var role) ? role
            : new StewardRole(appointment.RoleKey, appointment.RoleKey, appointment.RoleKey, appointment.Site, RoleHolders.MemberOrResident) { MaxHolders = null };
    }

    /// <summary>Records the owners' committee (业委会) and property management of a compound, replacing what was recorded.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="details">What to record.</param>
    /// <param name="expectedVersion">The version the caller read (If-Match), or null (also for the first record).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Not a compound, or a refused field (<c>NP-GOV-001</c>).</exception>
    public Task<CompoundGovernance> SetGovernanceAsync(PlaceId compound, CompoundGovernanceDetails details, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<CompoundGovernance>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var place = await CompoundAsync(compound, "compound", cancellationToken);
            if (FieldRules.Defined<PropertyManagement>(details.Management, "management") is { } violation)
            {
                throw new RuleViolationException(violation);
            }

            string? company = null;
            string? contact = null;
            if (details.Management == PropertyManagement.PropertyCompany)
            {
                company = string.IsNullOrWhiteSpace(details.PropertyCompany)
                    ? throw Governance("Name the property-service company that manages the compound.", "请填写管理该小区的物业服务企业。", "propertyCompany")
                    : TextRules.RequireName(details.PropertyCompany, "propertyCompany");
                contact = details.PropertyContact is null ? null : PhoneNumber.Parse(details.PropertyContact, "propertyContact").Reveal();
            }
            else if (details.PropertyCompany is not null || details.PropertyContact is not null)
            {
                throw Governance("Only a compound managed by a property company has one.", "只有由物业服务企业管理的小区才填写物业公司。", "propertyCompany");
            }

            var seats = details.OwnersCommittee is { } committee ? await CheckCommitteeAsync(committee, place, cancellationToken) : [];
            var record = await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(compound), cancellationToken);
            var isNew = record is null;
            record ??= CompoundGovernance.Create(CompoundGovernanceId.New(), place);
            if (!isNew)
            {
                record.EnsureVersion(expectedVersion, "governance");
            }
            else if (expectedVersion is { } expected && expected != 0)
            {
                // Nothing recorded yet is version 0; a client that read something else is behind.
                throw new RuleViolationException(ConcurrencyRules.StaleVersion("governance", expected, 0));
            }

            record.Set(details.Management, company, contact, details.OwnersCommittee, seats, _clock.GetCurrentInstant());
            if (isNew)
            {
                _governance.Add(record);
            }
            else
            {
                _governance.Update(record);
            }

            return record;
        }, cancellationToken);

    /// <summary>Returns the governance record of a compound, or null when none is recorded.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record, or null.</returns>
    /// <exception cref="RuleViolationException">Not a compound.</exception>
    public async Task<CompoundGovernance?> GetGovernanceAsync(PlaceId compound, CancellationToken cancellationToken = default)
    {
        await CompoundAsync(compound, "compound", cancellationToken);
        return await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(compound), cancellationToken);
    }

    /// <summary>Builds the coverage report of a place subtree as of today: gaps, reminders and cross-holdings.</summary>
    /// <param name="scope">The place (district, street, community or compound).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="RuleViolationException">No such place.</exception>
    public async Task<StewardCoverage> CoverageAsync(PlaceId scope, CancellationToken cancellationToken = default)
    {
        var place = await _places.GetByIdAsync(scope, cancellationToken)
            ?? throw StewardRules.Fail(OrganizationRules.NotFound, $"No place {scope}.", $"没有编号为 {scope} 的地点。", "scope", RuleViolationKind.NotFound);
        var input = await LoadAsync(place, cancellationToken);
        return StewardCoverage.Compute(input, Policy, Formation);
    }

    /// <summary>Returns the Red Steward team of a compound as of today: who holds which role, since when, member or not, retired or in service.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The team.</returns>
    /// <exception cref="RuleViolationException">Not a compound.</exception>
    public async Task<StewardTeam> TeamAsync(PlaceId compound, CancellationToken cancellationToken = default)
    {
        var place = await CompoundAsync(compound, "compound", cancellationToken);
        var today = Today();
        var branch = (await _units.ListAsync(new LiveUnitsCoveringSpec(_options.Schema.CompoundBranchLevels, [compound]), cancellationToken)).FirstOrDefault();
        var held = new List<Appointment>();
        held.AddRange((await _appointments.ListAsync(new AppointmentsInScopeSpec(null, [place.Path], new AppointmentFilter(HeldOn: today), take: null), cancellationToken)));
        if (branch is not null)
        {
            held.AddRange(await _appointments.ListAsync(new AppointmentsInScopeSpec(branch.Path, [], new AppointmentFilter(HeldOn: today), take: null), cancellationToken));
        }

        var memberIds = held.Where(a => a.MemberId is not null).Select(a => a.MemberId!.Value).Distinct().ToList();
        var members = memberIds.Count == 0 ? [] : (await _members.ListAsync(new MembersByIdSpec(memberIds), cancellationToken)).ToDictionary(m => m.Id);
        var governance = await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(compound), cancellationToken);
        var unitNames = branch is null ? [] : (await _units.ListAsync(new UnitSubtreeSpec(branch.Path, includeDissolved: false), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var buildingNames = (await _places.ListAsync(new PlaceSubtreeSpec(place.Path, PlaceKind.Building), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);

        var secretaries = held.Where(a => a.RoleKey == StewardRole.Secretary.Key && a.UnitId == branch?.Id && a.MemberId is not null).Select(a => a.MemberId!.Value).ToHashSet();
        var chair = held.FirstOrDefault(a => a.RoleKey == StewardRole.OwnersCommitteeChair.Key)?.MemberId ?? governance?.Chair?.MemberId;
        var crossHolder = chair is { } c && secretaries.Contains(c) ? chair : null;

        var seats = held
            .OrderBy(a => a.Site).ThenBy(a => RoleOrder(a.RoleKey)).ThenBy(a => a.Start)
            .Select(a =>
            {
                var role = RoleOf(a);
                members.TryGetValue(a.MemberId ?? default, out var member);
                var siteName = a.UnitId is { } u ? unitNames.GetValueOrDefault(u, string.Empty)
                    : a.Site == RoleSite.Building && a.PlaceId is { } b ? buildingNames.GetValueOrDefault(b, string.Empty)
                    : a.Grid ?? place.Name;
                return new StewardTeamSeat(a.Id, role.Key, role.Name, role.NameZh, a.HolderName, a.HolderKind, a.Start, a.LastDay, a.Site, siteName,
                    member?.Category, member?.Status, a.MemberId is { } m && m == crossHolder);
            })
            .ToList();
        return new StewardTeam(place.Id, place.Name, branch?.Id, branch?.Name, today, seats, crossHolder is not null, governance);
    }

    /// <summary>Loads what the coverage report of <paramref name="scope"/> reads (the benchmark builds the same input in memory).</summary>
    /// <param name="scope">The place.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The input.</returns>
    public async Task<StewardCoverageInput> LoadAsync(Place scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var index = await _formation.IndexAsync(scope, cancellationToken);
        var buildings = await _places.ListAsync(new PlaceSubtreeSpec(scope.Path, PlaceKind.Building), cancellationToken);
        var counted = new int[index.Branches.Count];
        for (var b = 0; b < counted.Length; b++)
        {
            counted[b] = index.BranchCounts(b).Counted(Formation);
        }

        // Unit roles: the branches found, and their groups (a range per branch); place roles: the scope's subtree.
        // Only terms nobody has succeeded yet (those in office and the last of each seat), in path order as the report walks them:
        // one query over the unit that covers the scope (a community committee, a street working committee …), else one per branch.
        var open = new AppointmentFilter(OpenOnly: true);
        var appointments = new List<Appointment>();
        var scopeLevels = _options.Schema.Levels.Where(l => l.Covers == scope.Kind && l.ExclusiveCoverage).Select(l => l.Key).ToList();
        var scopeUnit = scopeLevels.Count == 0 ? null
            : (await _units.ListAsync(new LiveUnitsCoveringSpec(scopeLevels, [scope.Id]), cancellationToken)).FirstOrDefault();
        if (scopeUnit is not null && index.Branches.All(b => b.Path.IsWithin(scopeUnit.Path)))
        {
            appointments.AddRange(await _appointments.ListAsync(new AppointmentsInScopeSpec(scopeUnit.Path, [], open, take: null), cancellationToken));
        }
        else
        {
            foreach (var branch in index.Branches.OrderBy(b => b.Position.PathHigh).ThenBy(b => b.Position.PathLow))
            {
                appointments.AddRange(await _appointments.ListAsync(new AppointmentsInScopeSpec(branch.Path, [], open, take: null), cancellationToken));
            }
        }

        appointments.AddRange(await _appointments.ListAsync(new AppointmentsInScopeSpec(null, [scope.Path], open, take: null), cancellationToken));

        var governance = await _governance.ListAsync(new GovernanceInScopeSpec(scope.Path), cancellationToken);
        return new StewardCoverageInput(scope.Id, index.Compounds, buildings, index.Branches, counted, appointments, governance, Today());
    }

    private static int RoleOrder(string key)
    {
        for (var i = 0; i < StewardRole.Library.Count; i++)
        {
            if (StewardRole.Library[i].Key == key)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private async Task<ResolvedSite> ResolveSiteAsync(StewardRole role, NewAppointment request, CancellationToken cancellationToken)
    {
        RuleViolationException Wrong(string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
            StewardRules.Fail(StewardRules.WrongSite, message, messageZh, target, kind);

        if (role.Site is RoleSite.Branch or RoleSite.Group)
        {
            if (request.UnitId is not { } unitId || request.PlaceId is not null || request.Grid is not null)
            {
                throw Wrong($"A {role.Name} is held in a Party organisation: give unitId only.", $"“{role.NameZh}”在党组织中任职：只填写组织。", "unitId");
            }

            var unit = await _units.GetByIdAsync(unitId, cancellationToken);
            if (unit is null || !unit.IsLive || unit.Kind.IsGroup() != (role.Site == RoleSite.Group))
            {
                throw Wrong(role.Site == RoleSite.Group ? $"{unitId} is not a live group." : $"{unitId} is not a live branch or committee.",
                    role.Site == RoleSite.Group ? $"{unitId} 不是现存的党小组。" : $"{unitId} 不是现存的党支部或党委。", "unitId",
                    unit is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
            }

            var branch = unit;
            if (role.Site == RoleSite.Group)
            {
                branch = unit.ParentId is { } p ? await _units.GetByIdAsync(p, cancellationToken) ?? unit : unit;
            }

            return new ResolvedSite(new AppointmentSite(unit.Id, null, null, null, unit.Path), unit, branch, null, unit.Established);
        }

        if (request.UnitId is not null || request.PlaceId is not { } placeId)
        {
            throw Wrong($"A {role.Name} is held at a place: give placeId only.", $"“{role.NameZh}”在地点任职：只填写地点。", "placeId");
        }

        var place = await _places.GetByIdAsync(placeId, cancellationToken);
        var wanted = role.Site == RoleSite.Building ? PlaceKind.Building : PlaceKind.Compound;
        if (place is null || place.Kind != wanted)
        {
            throw Wrong($"{placeId} is not a {(wanted == PlaceKind.Building ? "building" : "compound")}.", $"{placeId} 不是{(wanted == PlaceKind.Building ? "楼栋" : "小区")}。",
                "placeId", place is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
        }

        string? grid = null;
        if (role.Site == RoleSite.Grid)
        {
            grid = string.IsNullOrWhiteSpace(request.Grid)
                ? throw Wrong($"A {role.Name} is held in a grid: name it.", $"“{role.NameZh}”按网格任职：请填写网格。", "grid")
                : TextRules.RequireName(request.Grid, "grid");
        }
        else if (request.Grid is not null)
        {
            throw Wrong($"A {role.Name} is not held in a grid.", $"“{role.NameZh}”不按网格任职。", "grid");
        }

        var compound = place.Kind == PlaceKind.Compound ? place.Id : place.ParentId!.Value;
        return new ResolvedSite(new AppointmentSite(null, place.Id, compound, grid, place.Path), null, null, compound, new LocalDate(1921, 7, 1));
    }

    private async Task<ResolvedHolder> ResolveHolderAsync(StewardRole role, PartyMemberId? memberId, ResidentId? residentId, CancellationToken cancellationToken)
    {
        if ((memberId is null) == (residentId is null))
        {
            throw StewardRules.Fail(StewardRules.WrongHolder, "Name exactly one person: a member or a resident.", "须指定一人：党员或居民，二者择一。", "memberId");
        }

        if (memberId is { } m)
        {
            var member = await _members.GetByIdAsync(m, cancellationToken)
                ?? throw StewardRules.Fail(StewardRules.WrongHolder, $"No member {m}.", $"没有编号为 {m} 的党员。", "memberId", RuleViolationKind.NotFound);
            return new ResolvedHolder(new AppointmentHolder(HolderKind.Member, m, null, member.Name), member, null);
        }

        if (role.Holders != RoleHolders.MemberOrResident)
        {
            throw StewardRules.Fail(StewardRules.WrongHolder, $"A {role.Name} must be a Party member.", $"“{role.NameZh}”须由党员担任。", "residentId");
        }

        var resident = await _residents.GetByIdAsync(residentId!.Value, cancellationToken)
            ?? throw StewardRules.Fail(StewardRules.WrongHolder, $"No resident {residentId}.", $"没有编号为 {residentId} 的居民。", "residentId", RuleViolationKind.NotFound);
        return new ResolvedHolder(new AppointmentHolder(HolderKind.Resident, null, resident.Id, resident.Name), null, resident);
    }

    private async Task<DateInterval> ResolveTermAsync(StewardRole role, ResolvedSite site, ResolvedHolder holder, LocalDate start, LocalDate? requestedEnd,
        CancellationToken cancellationToken)
    {
        LocalDate latest;
        string code = StewardRules.ImpossibleDate;
        string? regulation = null;
        switch (role.Term)
        {
            case RoleTerm.OrganisationTerm:
                var years = TermYears(site.Branch!);
                latest = start.PlusYears(years).PlusDays(-1);
                code = "TR-2";
                regulation = StewardRules.Tr2;
                break;
            case RoleTerm.OwnersCommitteeTerm:
                var record = await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(site.Compound!.Value), cancellationToken);
                if (record?.CommitteeTerm is not { } committeeTerm || !committeeTerm.Contains(start))
                {
                    throw StewardRules.Fail(StewardRules.OwnersCommitteeSeat, "The compound has no owners' committee in office on the first day.",
                        "任职起始日该小区没有在任的业主委员会。", "start");
                }

                if (holder.Member is not { } member || !record.Seats.Any(s => s.MemberId == member.Id && SeatFits(role, s.Position)))
                {
                    throw StewardRules.Fail(StewardRules.OwnersCommitteeSeat, $"The owners' committee does not list this member as {role.OwnersCommitteeSeat?.ToString().ToLowerInvariant() ?? "a member"}.",
                        "业主委员会名单中没有该党员的相应职位。", "memberId");
                }

                latest = committeeTerm.End;
                code = StewardRules.OwnersCommitteeSeat;
                break;
            default:
                latest = start.PlusYears(Policy.LocalRoleTermYears).PlusDays(-1);
                break;
        }

        var end = requestedEnd ?? latest;
        if (end < start)
        {
            throw Date("The term ends before it starts.", "任期结束日早于开始日。", "end");
        }

        if (end > latest)
        {
            throw StewardRules.Fail(code, $"The term of a {role.Name} starting {start:uuuu-MM-dd} ends by {latest:uuuu-MM-dd}.",
                $"自 {start:uuuu-MM-dd} 起的“{role.NameZh}”任期最迟至 {latest:uuuu-MM-dd}。", "end", regulation: regulation);
        }

        return new DateInterval(start, end);
    }

    private static bool SeatFits(StewardRole role, OwnersCommitteePosition position) => role.OwnersCommitteeSeat switch
    {
        OwnersCommitteePosition.Chair => position == OwnersCommitteePosition.Chair,
        null => true,
        _ => position != OwnersCommitteePosition.Chair,
    };

    private async Task CheckHolderAsync(StewardRole role, ResolvedSite site, ResolvedHolder holder, LocalDate start, CancellationToken cancellationToken)
    {
        if (holder.Member is { } member)
        {
            if (role.Holders == RoleHolders.FullMember && (member.MadeFull is not { } full || full > start || member.IsVotingSuspendedOn(start)))
            {
                throw StewardRules.Fail(StewardRules.WrongHolder,
                    $"A {role.Name} is elected: a full member whose voting rights are not suspended on the first day.",
                    $"“{role.NameZh}”须经选举产生：须为任职时未被暂停表决权的正式党员。", "memberId", regulation: StewardRules.ElectionRight);
            }

            if (role.RequiresRelationshipInBranch && (member.UnitPath is not { } path || !path.IsWithin(site.Branch!.Path)))
            {
                throw StewardRules.Fail(role.RequiresStanding ? "TR-6" : StewardRules.WrongHolder,
                    $"A {role.Name}'s organisational relationship must be in {site.Branch!.Name}.", $"“{role.NameZh}”的组织关系须在{site.Branch!.Name}。",
                    "memberId", regulation: role.RequiresStanding ? StewardRules.Tr6 : null);
            }

            if (role.RequiresStanding && member.MadeFull is { } madeFull && madeFull.Plus(Policy.SecretaryMinimumStanding) > start)
            {
                throw StewardRules.Fail("TR-6", $"A {role.Name} needs {Policy.SecretaryMinimumStanding} of Party standing, counted from the day made full ({madeFull:uuuu-MM-dd}).",
                    $"“{role.NameZh}”须有一定党龄（自转正之日 {madeFull:uuuu-MM-dd} 起算）。", "memberId", regulation: StewardRules.Tr6);
            }
        }

        if (role.Residence == ResidenceRequirement.None || site.Compound is not { } compound)
        {
            return;
        }

        var ok = holder.Resident is { } resident ? resident.CompoundId == compound
            : role.Residence == ResidenceRequirement.LivesOrRegistered
                ? holder.Member!.ResidenceCompoundId == compound || holder.Member.RegisteredCompoundId == compound
                : await IsRegisteredAsync(holder.Member!, compound, site.Site.Grid, cancellationToken);
        if (!ok)
        {
            throw StewardRules.Fail(StewardRules.WrongResidence,
                role.Residence == ResidenceRequirement.LivesOrRegistered
                    ? $"A {role.Name} lives in or is registered (报到) to the compound."
                    : $"A {role.Name} is registered to the compound (报到 there, or a member of its branch living there).",
                role.Residence == ResidenceRequirement.LivesOrRegistered ? $"“{role.NameZh}”须居住在该小区或已到该小区报到。" : $"“{role.NameZh}”须已到该小区报到（或为该小区党支部的居住党员）。",
                holder.Member is null ? "residentId" : "memberId");
        }
    }

    private async Task<bool> IsRegisteredAsync(PartyMember member, PlaceId compound, string? grid, CancellationToken cancellationToken)
    {
        if (member.RegisteredCompoundId == compound)
        {
            return grid is null || member.RegisteredGrid is null || string.Equals(member.RegisteredGrid, grid, StringComparison.Ordinal);
        }

        if (member.ResidenceCompoundId != compound || member.UnitPath is not { } path)
        {
            return false;
        }

        // Members whose relationship is in the compound's own branch do not register (MR-5); living there is enough.
        var branches = await _units.ListAsync(new LiveUnitsCoveringSpec(_options.Schema.CompoundBranchLevels, [compound]), cancellationToken);
        return branches.Any(b => path.IsWithin(b.Path));
    }

    private async Task CheckSeatAsync(StewardRole role, OrganizationUnit? unit, string? grid, string person, DateInterval term,
        IReadOnlyList<Appointment> existing, AppointmentId? self, CancellationToken cancellationToken)
    {
        var others = existing.Where(a => a.Id != self && string.Equals(a.Grid, grid, StringComparison.Ordinal) && Overlaps(a.Term, term)).ToList();
        if (others.Any(a => a.RoleKey == role.Key && HolderKey(a.MemberId, a.ResidentId) == person))
        {
            throw StewardRules.Fail(StewardRules.SeatTaken, $"This person already holds the {role.Name} here for part of that term.",
                $"此人在该任期内已担任此处的“{role.NameZh}”。", "start", RuleViolationKind.Conflict);
        }

        // Check each day someone's term begins: the most holders at once are found on one of them.
        var days = others.Select(a => a.Start).Where(term.Contains).Append(term.Start).Distinct().ToList();
        if (role.MaxHolders is { } max)
        {
            foreach (var day in days)
            {
                if (others.Count(a => a.RoleKey == role.Key && a.IsHeldOn(day)) >= max)
                {
                    throw role.IsSecretary
                        ? StewardRules.Fail("BR-4", $"A branch has one secretary at a time; the seat is held on {day:uuuu-MM-dd}. End that appointment first.",
                            $"一个党支部同一时间只有一名书记；{day:uuuu-MM-dd} 该职务已有人担任，请先结束该任职。", "start", RuleViolationKind.Conflict, StewardRules.Br4)
                        : StewardRules.Fail(StewardRules.SeatTaken, $"The {role.Name} here is already held on {day:uuuu-MM-dd} ({max} at a time).",
                            $"{day:uuuu-MM-dd} 此处的“{role.NameZh}”已有人担任（同时最多 {max} 人）。", "start", RuleViolationKind.Conflict);
                }
            }
        }

        if (unit is null || unit.Kind is not (OrganizationUnitKind.Branch or OrganizationUnitKind.JointBranch) || !role.IsCommitteeSeat)
        {
            return;
        }

        var counted = await CountFullMembersAsync(unit, cancellationToken);
        if (counted < Formation.CommitteeFromFullMembers)
        {
            if (role.CommitteeOnly)
            {
                throw StewardRules.Fail("BR-4", $"{unit.Name} counts {counted} full members: a committee is set up only from {Formation.CommitteeFromFullMembers}; it has a secretary and at most one deputy.",
                    $"{unit.Name} 正式党员 {counted} 名，不足 {Formation.CommitteeFromFullMembers} 名不设支部委员会，只设书记和不超过一名副书记。", "role", regulation: StewardRules.Br4);
            }

            if (role.Key == StewardRole.DeputySecretary.Key && days.Any(d => others.Any(a => a.RoleKey == role.Key && a.IsHeldOn(d))))
            {
                throw StewardRules.Fail("BR-4", $"Without a committee ({counted} full members) a branch has at most one deputy secretary.",
                    $"不设支部委员会的党支部（正式党员 {counted} 名）最多设一名副书记。", "role", RuleViolationKind.Conflict, StewardRules.Br4);
            }

            return;
        }

        foreach (var day in days)
        {
            var size = others.Where(a => a.IsHeldOn(day) && RoleOf(a).IsCommitteeSeat).Select(a => HolderKey(a.MemberId, a.ResidentId)).Append(person).Distinct().Count();
            if (size > Formation.CommitteeHardMaxSize)
            {
                throw StewardRules.Fail("BR-4", $"A branch committee has at most {Formation.CommitteeHardMaxSize} people; on {day:uuuu-MM-dd} this would make {size}.",
                    $"支部委员会一般不超过 {Formation.CommitteeHardMaxSize} 人；{day:uuuu-MM-dd} 将达到 {size} 人。", "role", RuleViolationKind.Conflict, StewardRules.Br4);
            }
        }
    }

    private async Task CheckCrossHoldingAsync(StewardRole role, ResolvedSite site, ResolvedHolder holder, DateInterval term, CancellationToken cancellationToken)
    {
        if (Policy.AllowCrossHolding || holder.Member is not { } member || !(role.IsSecretary || role.Key == StewardRole.OwnersCommitteeChair.Key))
        {
            return;
        }

        var held = await _appointments.ListAsync(new AppointmentsOfMemberSpec(member.Id), cancellationToken);
        bool clash;
        if (role.IsSecretary)
        {
            var compounds = site.Branch!.Places;
            clash = held.Any(a => a.RoleKey == StewardRole.OwnersCommitteeChair.Key && a.CompoundId is { } c && compounds.Contains(c) && Overlaps(a.Term, term));
            foreach (var compound in compounds)
            {
                clash |= (await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(compound), cancellationToken))?.Chair?.MemberId == member.Id;
            }
        }
        else
        {
            var branches = await _units.ListAsync(new LiveUnitsCoveringSpec(_options.Schema.CompoundBranchLevels, [site.Compound!.Value]), cancellationToken);
            clash = held.Any(a => a.RoleKey == StewardRole.Secretary.Key && a.UnitId is { } u && branches.Any(b => b.Id == u) && Overlaps(a.Term, term));
        }

        if (clash)
        {
            throw StewardRules.Fail(StewardRules.CrossHoldingRefused, "This district does not let the branch secretary also chair the owners' committee (一肩挑).",
                "本地政策不允许党支部书记兼任业主委员会主任（一肩挑）。", "memberId");
        }
    }

    private async Task<List<OwnersCommitteeSeat>> CheckCommitteeAsync(OwnersCommitteeDetails committee, Place compound, CancellationToken cancellationToken)
    {
        if (committee.Term is null || committee.Seats is null)
        {
            throw Governance("An owners' committee has a term and seats.", "业主委员会须有任期和成员。", "ownersCommittee");
        }

        if (committee.ElectedOn > Today() || committee.ElectedOn > committee.Term.Start)
        {
            throw Governance("The owners' committee is elected before its term starts, and not after today.", "业主委员会的选举日期须不晚于任期开始日和今天。", "ownersCommittee.electedOn");
        }

        if (committee.Term.End > committee.Term.Start.PlusYears(Policy.OwnersCommitteeMaxTermYears).PlusDays(-1))
        {
            throw Governance($"An owners' committee serves at most {Policy.OwnersCommitteeMaxTermYears} years.", $"业主委员会每届任期不超过 {Policy.OwnersCommitteeMaxTermYears} 年。", "ownersCommittee.term");
        }

        if (committee.Seats.Count is < 1 or > 21 || committee.Seats.Count(s => s?.Position == OwnersCommitteePosition.Chair) != 1)
        {
            throw Governance("An owners' committee has 1 to 21 seats, exactly one of them the chair.", "业主委员会须有1至21名成员，其中恰有一名主任。", "ownersCommittee.seats");
        }

        var seats = new List<OwnersCommitteeSeat>();
        for (var i = 0; i < committee.Seats.Count; i++)
        {
            var seat = committee.Seats[i] ?? throw Governance("A seat is empty.", "成员不能为空。", $"ownersCommittee.seats[{i}]");
            var name = TextRules.RequireName(seat.Name, $"ownersCommittee.seats[{i}].name");
            if (FieldRules.Defined<OwnersCommitteePosition>(seat.Position, $"ownersCommittee.seats[{i}].position") is { } v)
            {
                throw new RuleViolationException(v);
            }

            if (seat.MemberId is { } m && await _members.GetByIdAsync(m, cancellationToken) is null)
            {
                throw Governance($"No member {m}.", $"没有编号为 {m} 的党员。", $"ownersCommittee.seats[{i}].memberId");
            }

            if (seat.ResidentId is { } r && (await _residents.GetByIdAsync(r, cancellationToken))?.CompoundId != compound.Id)
            {
                throw Governance($"No resident {r} of this compound.", $"该小区没有编号为 {r} 的居民。", $"ownersCommittee.seats[{i}].residentId");
            }

            if (seat.MemberId is not null && seat.ResidentId is not null)
            {
                throw Governance("A seat links a member or a resident, not both.", "成员只能关联党员或居民之一。", $"ownersCommittee.seats[{i}]");
            }

            seats.Add(new OwnersCommitteeSeat(name, seat.Position, seat.MemberId, seat.ResidentId));
        }

        if (seats.Where(s => s.MemberId is not null).GroupBy(s => s.MemberId).Any(g => g.Count() > 1))
        {
            throw Governance("A member holds one seat.", "一名党员只能占一个席位。", "ownersCommittee.seats");
        }

        return seats;
    }

    private async Task<int> CountFullMembersAsync(OrganizationUnit branch, CancellationToken cancellationToken)
    {
        var counts = default(MemberCounts);
        var today = Today();
        foreach (var member in await _members.ListAsync(new MembersForCountingSpec(branch.Path, []), cancellationToken))
        {
            if (member.UnitPath is { } path && path.IsWithin(branch.Path))
            {
                counts.AddMember(member, member.IsVotingSuspendedOn(today));
            }
        }

        return counts.Counted(Formation);
    }

    private int TermYears(OrganizationUnit unit)
    {
        // TR-2: five years for organisations in villages and communities (what they cover says so), three elsewhere.
        var covers = _options.Schema.TryGetLevel(unit.Level, out var level) ? level.Covers : null;
        return covers is PlaceKind.Community or PlaceKind.Compound or PlaceKind.Building ? Policy.CommunityTermYears : Policy.OtherTermYears;
    }

    private async Task<Place> CompoundAsync(PlaceId id, string field, CancellationToken cancellationToken)
    {
        var place = await _places.GetByIdAsync(id, cancellationToken);
        return place is { Kind: PlaceKind.Compound } ? place
            : throw StewardRules.Fail(StewardRules.WrongSite, $"{id} is not a compound.", $"{id} 不是小区。", field, place is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
    }

    private static bool Overlaps(DateInterval a, DateInterval b) => a.Start <= b.End && b.Start <= a.End;

    internal static string HolderKey(PartyMemberId? member, ResidentId? resident) => member is { } m ? "m" + m.Value.ToString("N") : "r" + resident?.Value.ToString("N");

    private static RuleViolationException Date(string message, string messageZh, string field) =>
        StewardRules.Fail(StewardRules.ImpossibleDate, message, messageZh, field);

    private static RuleViolationException Governance(string message, string messageZh, string field) =>
        StewardRules.Fail(StewardRules.Governance, message, messageZh, field);

    private LocalDate Today() => _clock.GetCurrentInstant().InZone(_options.TimeZone).Date;

    private sealed record ResolvedSite(AppointmentSite Site, OrganizationUnit? Unit, OrganizationUnit? Branch, PlaceId? Compound, LocalDate NotBefore);

    private sealed record ResolvedHolder(AppointmentHolder Holder, PartyMember? Member, Resident? Resident)
    {
        public string Key => HolderKey(Holder.MemberId, Holder.ResidentId);
    }
}
