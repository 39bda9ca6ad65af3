using NeighborParty.Accounting;
using NeighborParty.Organization;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Core.Tests.Rules;

/// <summary>
/// ML-1…ML-6 (三会一课) at their exact boundaries, in each preset's own tree: a meeting counts from the period's first
/// day through its last and not a day either side; a period is due once it ends within the span, while the unit lived
/// through it; ML-2 only where a committee is in office on the period's last day (BR-4: from 7 full members); ML-3 for
/// every Party group of the branch, whatever the schema calls it.
/// </summary>
public sealed class MeetingRuleBoundaryTests
{
    private static readonly DateInterval Q3 = ReportPeriods.Quarter(2026, 3);

    public static TheoryData<string> Presets => PresetWorld.Presets;

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_1_a_member_assembly_counts_from_the_quarters_first_day_through_its_last(string preset) =>
        CountsInsideThePeriodOnly(preset, "ML-1", "member-assembly", Q3, w => w.Branch);

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_1_is_due_for_each_quarter_that_ends_within_the_span_while_the_branch_lived(string preset)
    {
        var w = new PresetWorld(preset);
        Assert.Equal(0, Due(w, "ML-1", new DateInterval(Q3.Start, Q3.End.PlusDays(-1))));
        Assert.Equal(1, Due(w, "ML-1", Q3));
        Assert.Equal(1, Due(w, "ML-1", new DateInterval(Q3.Start, Q3.End.PlusDays(1))));
        Assert.Equal(1, Due(w, "ML-1", new DateInterval(Q3.End, Q3.End))); // a period is due when it ends within the span, wherever it began

        Assert.Equal(1, Due(w, "ML-1", Q3, w.AddBranch(Q3.Start.PlusDays(-1))));
        Assert.Equal(1, Due(w, "ML-1", Q3, w.AddBranch(Q3.Start)));
        Assert.Equal(0, Due(w, "ML-1", Q3, w.AddBranch(Q3.Start.PlusDays(1)))); // not live on the quarter's first day
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_2_is_due_only_where_a_committee_is_in_office_on_the_months_last_day(string preset)
    {
        var w = new PresetWorld(preset);
        var september = ReportPeriods.Month(2026, 9);
        var members = w.Members(7, w.Branch); // BR-4: a committee from 7 full members
        w.Appoint(StewardRole.Secretary, members[0], new LocalDate(2024, 1, 1));
        Assert.Equal(0, Due(w, "ML-2", september)); // a secretary alone is no committee

        w.Appoint(StewardRole.DisciplineMember, members[1], new LocalDate(2024, 1, 1), september.End.PlusDays(-1)); // gone the day before
        Assert.Equal(0, Due(w, "ML-2", september));
        w.Appoint(StewardRole.OrganisationMember, members[2], september.End.PlusDays(1)); // the day after
        Assert.Equal(0, Due(w, "ML-2", september));
        w.Appoint(StewardRole.PublicityMember, members[3], september.End); // on the day
        Assert.Equal(1, Due(w, "ML-2", september));

        w.Record("committee-meeting", september.End, w.Branch);
        Assert.Equal((1, 1), DueMet(w, "ML-2", september));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void BR_4_a_committee_seat_exists_from_the_seventh_full_member(string preset)
    {
        foreach (var (full, allowed) in new[] { (6, false), (7, true), (8, true) })
        {
            var w = new PresetWorld(preset);
            var members = w.Members(full, w.Branch);
            if (allowed)
            {
                Assert.Equal(StewardRole.OrganisationMember.Key, w.Appoint(StewardRole.OrganisationMember, members[0], new LocalDate(2026, 1, 1)).RoleKey);
            }
            else
            {
                Assert.Equal("BR-4", Assert.Throws<NeighborParty.Common.RuleViolationException>(
                    () => w.Appoint(StewardRole.OrganisationMember, members[0], new LocalDate(2026, 1, 1))).Violation.Code);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_3_a_group_meeting_counts_inside_the_month_for_every_party_group(string preset) =>
        CountsInsideThePeriodOnly(preset, "ML-3", "group-meeting", ReportPeriods.Month(2026, 9), w => w.Group);

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_3_is_owed_by_each_group_alive_through_the_month_and_by_no_unit_that_is_not_a_group(string preset)
    {
        var w = new PresetWorld(preset);
        var september = ReportPeriods.Month(2026, 9);
        var before = w.AddGroup(w.Branch, september.Start.PlusDays(-1));
        var onTheDay = w.AddGroup(w.Branch, september.Start);
        var after = w.AddGroup(w.Branch, september.Start.PlusDays(1));
        var lines = w.Compliance(september).Lines.Where(l => l.Rule == "ML-3").ToDictionary(l => l.UnitId);
        Assert.Equal(4, lines.Count); // one line per group, whatever the schema calls it (楼栋, 楼院, 村民小组)
        Assert.Equal((1, 1, 1, 0), (lines[w.Group.Id].Due, lines[before.Id].Due, lines[onTheDay.Id].Due, lines[after.Id].Due));
        Assert.DoesNotContain(w.Branch.Id, lines.Keys);
        Assert.All(lines.Keys, id => Assert.True(PresetWorld.Run(w.Get<Persistence.IReadRepository<OrganizationUnit>>().GetByIdAsync(id))!.Kind.IsGroup()));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_4_a_party_lesson_counts_inside_the_quarter_and_the_cadence_is_the_districts(string preset)
    {
        CountsInsideThePeriodOnly(preset, "ML-4", "party-lesson", Q3, w => w.Branch);
        var monthly = new PresetWorld(preset, o => o.Compliance.SetCadence("ML-4", Cadence.Monthly));
        monthly.Record("courtyard-lesson", Q3.Start, monthly.Branch); // 小院党课 fulfils ML-4 too
        Assert.Equal((3, 1), DueMet(monthly, "ML-4", Q3));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_5_a_theme_party_day_counts_inside_the_month(string preset) =>
        CountsInsideThePeriodOnly(preset, "ML-5", "theme-party-day", ReportPeriods.Month(2026, 9), w => w.Branch);

    [Theory]
    [MemberData(nameof(Presets))]
    public void ML_6_an_organisational_life_meeting_counts_inside_the_year_and_is_due_once_the_year_is_over(string preset)
    {
        var year = ReportPeriods.Year(2025);
        CountsInsideThePeriodOnly(preset, "ML-6", "organisational-life-meeting", year, w => w.Branch);
        var w = new PresetWorld(preset);
        Assert.Equal(0, Due(w, "ML-6", new DateInterval(year.Start, year.End.PlusDays(-1))));
        Assert.Equal(1, Due(w, "ML-6", year));
        Assert.Equal(1, Due(w, "ML-6", new DateInterval(year.Start, year.End.PlusDays(1))));
    }

    /// <summary>The day before the period and the day after leave it unmet; its first day and its last day each meet it.</summary>
    private static void CountsInsideThePeriodOnly(string preset, string rule, string kind, DateInterval period, Func<PresetWorld, OrganizationUnit> unitOf)
    {
        var w = new PresetWorld(preset);
        var unit = unitOf(w);
        w.Record(kind, period.Start.PlusDays(-1), unit);
        Assert.Equal((1, 0), DueMet(w, rule, period, unit));
        if (period.End < w.Today)
        {
            w.Record(kind, period.End.PlusDays(1), unit);
            Assert.Equal((1, 0), DueMet(w, rule, period, unit));
        }

        w.Record(kind, period.End, unit);
        Assert.Equal((1, 1), DueMet(w, rule, period, unit));

        var first = new PresetWorld(preset);
        first.Record(kind, period.Start, unitOf(first));
        Assert.Equal((1, 1), DueMet(first, rule, period, unitOf(first)));
    }

    private static int Due(PresetWorld w, string rule, DateInterval span, OrganizationUnit? branch = null) => DueMet(w, rule, span, null, branch).Due;

    private static (int Due, int Met) DueMet(PresetWorld w, string rule, DateInterval span, OrganizationUnit? unit = null, OrganizationUnit? branch = null)
    {
        var line = w.Compliance(span, branch).Lines.Single(l => l.Rule == rule && (unit is null || l.UnitId == unit.Id));
        return (line.Due, line.Met);
    }
}
