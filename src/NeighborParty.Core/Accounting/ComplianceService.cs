using Ardalis.Specification;
using NeighborParty.Activities;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>
/// Compliance with the regular organisational life (ML-1…ML-6): for a branch and a span, which meetings were due and
/// which were held; for any unit, the branches below it that are behind. A meeting is due for each cadence period (month,
/// quarter, year) that ends within the span while the branch existed; committee meetings only where a committee was
/// in place on the period's last day; group meetings from each group alive then. Held means an activity of a kind
/// that fulfils the rule, organised by that unit, on a day of that period.
/// </summary>
public sealed class ComplianceService
{
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Activity> _activities;
    private readonly IReadRepository<Appointment> _appointments;
    private readonly NeighborPartyOptions _options;

    /// <summary>Initializes a new instance of the <see cref="ComplianceService"/> class.</summary>
    /// <param name="units">The unit repository.</param>
    /// <param name="activities">The activity repository.</param>
    /// <param name="appointments">The appointment repository (committees).</param>
    /// <param name="options">The library settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComplianceService(IReadRepository<OrganizationUnit> units, IReadRepository<Activity> activities, IReadRepository<Appointment> appointments, NeighborPartyOptions options)
    {
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _activities = activities ?? throw new ArgumentNullException(nameof(activities));
        _appointments = appointments ?? throw new ArgumentNullException(nameof(appointments));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Assesses every compound branch in a unit's subtree (the unit itself if it is one).</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="days">The span (at most ten years).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Each branch's compliance, in tree order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown unit or a span too long (<c>NP-ACC-001</c>).</exception>
    public async Task<IReadOnlyList<BranchCompliance>> AssessAsync(OrganizationUnitId unitId, DateInterval days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var unit = await _units.GetByIdAsync(unitId, cancellationToken)
            ?? throw new RuleViolationException(new RuleViolation(AccountingService.BadQuery, $"No unit {unitId}.", $"没有编号为 {unitId} 的组织。", null, RuleViolationKind.NotFound, "unitId"));
        if (days.Start.Year < 1921 || Period.Between(days.Start, days.End, PeriodUnits.Days).Days > 3700)
        {
            throw new RuleViolationException(new RuleViolation(AccountingService.BadQuery, "A span of at most ten years, from 1921.", "期间最长十年，且不早于1921年。", null, RuleViolationKind.Refused, "from"));
        }

        // Three queries over the subtree: its units, its activities in the span (by organising unit), its appointments.
        var units = await _units.ListAsync(new UnitSubtreeSpec(unit.Path, includeDissolved: true), cancellationToken);
        var first = PeriodOf(days.Start, Cadence.Yearly).Start;
        var activities = await _activities.ListAsync(new ActivitiesOfUnitsSpec(unit.Path, new DateInterval(first < days.Start ? first : days.Start, days.End)), cancellationToken);
        var appointments = await _appointments.ListAsync(new AppointmentsInScopeSpec(unit.Path, [], null, 0, null), cancellationToken);
        var levels = _options.Schema.BranchLevels.ToHashSet(StringComparer.Ordinal);
        var roles = _options.Stewards.Roles;
        var kindsByRule = _options.Activities.Kinds.Values.Where(k => k.Rule is not null).GroupBy(k => k.Rule!)
            .ToDictionary(g => g.Key, g => g.Select(k => k.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var byUnit = activities.Where(a => a.UnitId is not null).ToLookup(a => a.UnitId!.Value);
        var result = new List<BranchCompliance>();
        var assessed = units.Where(u => levels.Contains(u.Level)).ToList();
        var groupsOf = GroupsByBranch(units, assessed);
        foreach (var branch in assessed)
        {
            // ML-3 is owed by every Party group of the branch, whatever the schema calls it (楼栋, 楼院, 村民小组, functional).
            var groups = groupsOf[branch.Id];
            var committee = appointments.Where(a => a.UnitId == branch.Id && roles.TryGetValue(a.RoleKey, out var r) && r.IsCommitteeSeat
                && a.RoleKey != StewardRole.Secretary.Key && a.RoleKey != StewardRole.DeputySecretary.Key).ToList();
            var lines = new List<ComplianceLine>();
            foreach (var rule in _options.Compliance.Rules)
            {
                var kinds = kindsByRule.GetValueOrDefault(rule.Rule) ?? [];
                if (rule.From == DueFrom.EachGroup)
                {
                    lines.AddRange(groups.Select(g => Line(rule, g, days, kinds, byUnit[g.Id], _ => true)));
                }
                else
                {
                    lines.Add(Line(rule, branch, days, kinds, byUnit[branch.Id],
                        rule.From == DueFrom.BranchWithCommittee ? last => committee.Any(a => a.IsHeldOn(last)) : _ => true));
                }
            }

            result.Add(new BranchCompliance(branch.Id, branch.Name, days.Start, days.End, lines));
        }

        return result;
    }

    /// <summary>Returns the cadence period holding <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <param name="cadence">The cadence.</param>
    /// <returns>The month, quarter or year.</returns>
    public static DateInterval PeriodOf(LocalDate day, Cadence cadence) => cadence switch
    {
        Cadence.Monthly => ReportPeriods.Month(day.Year, day.Month),
        Cadence.Quarterly => ReportPeriods.Quarter(day.Year, ((day.Month - 1) / 3) + 1),
        _ => ReportPeriods.Year(day.Year),
    };

    /// <summary>
    /// Each Party group (<see cref="OrganizationUnitKindExtensions.IsGroup"/>) under its nearest assessed branch: a
    /// group under a sub-branch the schema does not assess (a branch dividing a compound's buildings, a village
    /// committee's branch) belongs to the assessed branch above it, so no group is left without an ML-3 line.
    /// </summary>
    private static ILookup<OrganizationUnitId, OrganizationUnit> GroupsByBranch(IReadOnlyList<OrganizationUnit> units, IReadOnlyList<OrganizationUnit> assessed)
    {
        var branches = assessed.ToDictionary(b => b.Path);
        return units.Where(u => u.Kind.IsGroup())
            .Select(g => (Group: g, Branch: NearestAssessed(g.Path, branches)))
            .Where(p => p.Branch is not null)
            .ToLookup(p => p.Branch!.Id, p => p.Group);
    }

    private static OrganizationUnit? NearestAssessed(HierarchyPath path, Dictionary<HierarchyPath, OrganizationUnit> branches)
    {
        for (var p = path; p.Depth > 1;)
        {
            p = p.Parent;
            if (branches.TryGetValue(p, out var branch))
            {
                return branch;
            }
        }

        return null;
    }

    private static ComplianceLine Line(RegularMeetingRule rule, OrganizationUnit unit, DateInterval days, HashSet<string> kinds, IEnumerable<Activity> activities,
        Func<LocalDate, bool> applies)
    {
        var held = activities.Where(a => kinds.Contains(a.Kind)).Select(a => a.Day).ToList();
        int due = 0, met = 0, count = 0;
        var missed = new List<LocalDate>();
        for (var period = PeriodOf(days.Start, rule.Cadence); period.Start <= days.End; period = PeriodOf(period.End.PlusDays(1), rule.Cadence))
        {
            // Due for each period that ends within the span, if the unit lived through it (and the condition holds on its last day).
            if (period.End < days.Start || period.End > days.End || !unit.WasLiveOn(period.Start) || !unit.WasLiveOn(period.End) || !applies(period.End))
            {
                continue;
            }

            due++;
            var inPeriod = held.Count(d => period.Contains(d));
            count += inPeriod;
            if (inPeriod > 0)
            {
                met++;
            }
            else
            {
                missed.Add(period.Start);
            }
        }

        return new ComplianceLine(rule.Rule, rule.NameZh, unit.Id, unit.Name, due, met, count, missed);
    }
}
