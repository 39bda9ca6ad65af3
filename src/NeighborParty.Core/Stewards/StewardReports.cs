using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>What the Red Stewards look like as of today: the coverage report of any place (gaps, reminders, 一肩挑) and the team of a compound.</summary>
public sealed class StewardReports
{
    private readonly IReadRepository<Appointment> _appointments;
    private readonly IReadRepository<CompoundGovernance> _governance;
    private readonly IReadRepository<PartyMember> _members;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly FormationService _formation;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="StewardReports"/> class.</summary>
    /// <param name="appointments">The appointments.</param>
    /// <param name="governance">The governance records.</param>
    /// <param name="members">The members.</param>
    /// <param name="units">The units.</param>
    /// <param name="places">The places.</param>
    /// <param name="formation">The formation service (its ledger index counts full members for BR-4).</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StewardReports(IReadRepository<Appointment> appointments, IReadRepository<CompoundGovernance> governance, IReadRepository<PartyMember> members,
        IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, FormationService formation, NeighborPartyOptions options, IClock clock)
    {
        _appointments = appointments ?? throw new ArgumentNullException(nameof(appointments));
        _governance = governance ?? throw new ArgumentNullException(nameof(governance));
        _members = members ?? throw new ArgumentNullException(nameof(members));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _formation = formation ?? throw new ArgumentNullException(nameof(formation));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private StewardPolicy Policy => _options.Stewards;

    private FormationPolicy Formation => _options.Formation;

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

    /// <summary>
    /// The coverage report of a place summed by level: how many gaps and reminders of each list lie under each child
    /// place (a branch and its seats under its compound, a building under itself).
    /// </summary>
    /// <param name="scope">The place.</param>
    /// <param name="children">The place's children.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The report and its summary.</returns>
    internal async Task<(StewardCoverage Coverage, Common.ReportSummary Summary)> CoverageSummaryAsync(Place scope, IReadOnlyList<Place> children, CancellationToken cancellationToken)
    {
        var input = await LoadAsync(scope, cancellationToken);
        var coverage = StewardCoverage.Compute(input, Policy, Formation);
        var placePaths = input.Compounds.Concat(input.Buildings).ToDictionary(p => p.Id.Value, p => p.Path);
        var branchCompound = input.Branches.Where(b => b.Places.Count > 0 && placePaths.ContainsKey(b.Places[0].Value))
            .ToDictionary(b => b.Path, b => placePaths[b.Places[0].Value]);
        var branchById = input.Branches.ToDictionary(b => b.Id.Value, b => b.Path);
        var appointments = input.Appointments.ToDictionary(a => a.Id);
        HierarchyPath? UnitPlace(HierarchyPath unit)
        {
            for (var p = unit; p.Depth > 0; p = p.Parent)
            {
                if (branchCompound.TryGetValue(p, out var compound))
                {
                    return compound; // a group's seat counts where its branch's compound is
                }
            }

            return null;
        }

        HierarchyPath? Branch(OrganizationUnitId id) => branchById.TryGetValue(id.Value, out var path) ? UnitPlace(path) : null;
        HierarchyPath? Reminder(AppointmentReminder r) => appointments.TryGetValue(r.Id, out var a)
            ? a.Location.Tree == TreeKind.Place ? a.Location.Path : UnitPlace(a.Location.Path) : null;
        var summary = Common.ReportSummaries.Of(scope, children,
        [
            ("branchesWithoutSecretary", coverage.BranchesWithoutSecretary.Select(b => Branch(b.Id))),
            ("committeeGaps", coverage.CommitteeGaps.Select(g => Branch(g.Branch.Id))),
            ("buildingsWithoutLeader", coverage.BuildingsWithoutLeader.Select(b => placePaths.TryGetValue(b.Id.Value, out var p) ? p : (HierarchyPath?)null)),
            ("endingSoon", coverage.EndingSoon.Select(Reminder)),
            ("expired", coverage.Expired.Select(Reminder)),
            ("vacancies", coverage.Vacancies.Select(Reminder)),
            ("crossHoldings", coverage.CrossHoldings.Select(x => placePaths.TryGetValue(x.CompoundId.Value, out var p) ? p : (HierarchyPath?)null)),
        ]);
        return (coverage, summary);
    }

    /// <summary>Returns the Red Steward team of a compound as of today: who holds which role, since when, member or not, retired or in service.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The team.</returns>
    /// <exception cref="RuleViolationException">Not a compound.</exception>
    public async Task<StewardTeam> TeamAsync(PlaceId compound, CancellationToken cancellationToken = default)
    {
        var place = await StewardLookups.CompoundAsync(_places, compound, _options.Schema, cancellationToken);
        var today = _clock.Today(_options);
        var branch = (await _formation.BranchesOfCompoundAsync(compound, cancellationToken)).FirstOrDefault();
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
                var role = Policy.RoleOf(a);
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
        var index = await _formation.IndexAsync(scope, branchesOnly: true, cancellationToken); // the report reads the branches' counts (BR-4) only
        var buildings = await _places.ListAsync(new PlaceNodesInSubtreeSpec(scope.Path, PlaceKind.Building), cancellationToken);
        var counted = new int[index.Branches.Count];
        for (var b = 0; b < counted.Length; b++)
        {
            counted[b] = index.BranchCounts(b).Counted(Formation);
        }

        // Unit roles: the branches found, and their groups (a range per branch); place roles: the scope's subtree.
        // Only terms nobody has succeeded yet (those in office and the last of each seat), in path order as the report walks them:
        // one query over the unit that covers the scope (a community committee, a street working committee …), else one per branch.
        var appointments = new List<CoverageTerm>();
        var scopeUnit = index.ScopeUnit; // looked up once, with the index
        if (scopeUnit is not null && index.Branches.All(b => b.Path.IsWithin(scopeUnit.Path)))
        {
            appointments.AddRange(await _appointments.ListAsync(new CoverageTermsSpec(TreeKind.Unit, scopeUnit.Path), cancellationToken));
        }
        else
        {
            foreach (var branch in index.Branches.OrderBy(b => b.Position.PathHigh).ThenBy(b => b.Position.PathLow))
            {
                appointments.AddRange(await _appointments.ListAsync(new CoverageTermsSpec(TreeKind.Unit, branch.Path), cancellationToken));
            }
        }

        appointments.AddRange(await _appointments.ListAsync(new CoverageTermsSpec(TreeKind.Place, scope.Path), cancellationToken));

        var governance = await _governance.ListAsync(new GovernanceInScopeSpec(scope.Path, readOnly: true), cancellationToken);
        return new StewardCoverageInput(scope.Id, [.. index.Compounds.Select(PlaceNode.Of)], buildings, index.Branches, counted, appointments, governance, _clock.Today(_options));
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
}
