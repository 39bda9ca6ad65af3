using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Core.Tests.Rules;

/// <summary>
/// TR-1…TR-6 at their exact boundaries, in each preset's own tree: the term range, the term of a branch in a
/// community or village, the shift of an election, the reminder six months ahead, the vacancy the day after a seat
/// falls empty, and the year of standing that the secretary (and only the secretary) needs.
/// </summary>
public sealed class TermRuleBoundaryTests
{
    public static TheoryData<string> Presets => PresetWorld.Presets;

    [Theory]
    [MemberData(nameof(Presets))]
    public void TR_1_a_term_lies_between_three_and_five_years(string preset)
    {
        foreach (var (years, valid) in new[] { (2, false), (3, true), (4, true), (5, true), (6, false) })
        {
            var w = new PresetWorld(preset);
            w.Options.Stewards.CommunityTermYears = years;
            if (valid)
            {
                w.Options.Stewards.Validate();
            }
            else
            {
                Assert.StartsWith("TR-", Assert.Throws<ArgumentOutOfRangeException>(w.Options.Stewards.Validate).Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void TR_2_a_branch_in_a_community_or_village_serves_five_years(string preset)
    {
        var start = new LocalDate(2024, 1, 1);
        var latest = start.PlusYears(5).PlusDays(-1);
        var w = new PresetWorld(preset);
        var members = w.Members(3, w.Branch);
        Assert.Equal("TR-2", Refused(() => w.Appoint(StewardRole.Secretary, members[0], start, latest.PlusDays(1))));
        Assert.Equal(latest, w.Appoint(StewardRole.Secretary, members[0], start, latest).End);
        Assert.Equal(latest, w.Appoint(StewardRole.DeputySecretary, members[1], start).End); // the regular term when none is asked for

        var shorter = new PresetWorld(preset);
        Assert.Equal(latest.PlusDays(-1), shorter.Appoint(StewardRole.Secretary, shorter.Members(1, shorter.Branch)[0], start, latest.PlusDays(-1)).End);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void TR_3_an_election_moves_by_at_most_a_year(string preset)
    {
        var w = new PresetWorld(preset);
        var secretary = w.Appoint(StewardRole.Secretary, w.Members(1, w.Branch)[0], new LocalDate(2024, 1, 1));
        var regular = secretary.RegularEnd;
        var service = w.Get<AppointmentService>();
        Appointment Move(LocalDate end) => PresetWorld.Run(service.ChangeTermAsync(secretary.Id, end, "上级党委批复", w.Today));
        Assert.Equal("TR-3", Refused(() => Move(regular.PlusYears(1).PlusDays(1))));
        Assert.Equal(regular.PlusYears(1), Move(regular.PlusYears(1)).End);
        Assert.Equal(regular.PlusYears(1).PlusDays(-1), Move(regular.PlusYears(1).PlusDays(-1)).End);
        Assert.Equal("TR-3", Refused(() => Move(regular.PlusYears(-1).PlusDays(-1))));
        Assert.Equal(regular.PlusYears(-1), Move(regular.PlusYears(-1)).End);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void TR_4_the_reminder_comes_six_months_before_the_term_ends(string preset)
    {
        var w = new PresetWorld(preset);
        var end = new LocalDate(2026, 12, 30);
        var secretary = w.Appoint(StewardRole.Secretary, w.Members(1, w.Branch)[0], new LocalDate(2022, 1, 1), end);
        bool Soon(LocalDate day)
        {
            w.SetToday(day);
            var soon = w.Coverage().EndingSoon.Where(r => r.Id == secretary.Id).ToList();
            Assert.All(soon, r => Assert.Equal("TR-4", r.Rule));
            return soon.Count == 1;
        }

        Assert.False(Soon(end.PlusMonths(-6).PlusDays(-1)));
        Assert.True(Soon(end.PlusMonths(-6)));
        Assert.True(Soon(end.PlusMonths(-6).PlusDays(1)));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void TR_5_a_seat_that_falls_empty_is_a_vacancy_from_the_next_day_whichever_seat_it_is(string preset)
    {
        foreach (var role in new[] { StewardRole.Secretary, StewardRole.DeputySecretary, StewardRole.OrganisationMember, StewardRole.PublicityMember, StewardRole.DisciplineMember })
        {
            var w = new PresetWorld(preset);
            var members = w.Members(7, w.Branch);
            var lastDay = new LocalDate(2026, 10, 15);
            w.SetToday(lastDay);
            var held = w.Appoint(role, members[0], new LocalDate(2024, 1, 1));
            PresetWorld.Run(w.Get<AppointmentService>().EndAsync(held.Id, lastDay, AppointmentEndReason.MovedAway));
            bool Vacant(LocalDate day)
            {
                w.SetToday(day);
                var vacancies = w.Coverage().Vacancies.Where(r => r.Role == role.Key).ToList();
                Assert.All(vacancies, r => Assert.Equal(("TR-5", AppointmentEndReason.MovedAway), (r.Rule, r.EndReason)));
                return vacancies.Count == 1;
            }

            Assert.False(Vacant(lastDay.PlusDays(-1)));
            Assert.False(Vacant(lastDay));
            Assert.True(Vacant(lastDay.PlusDays(1)), $"{role.Key}: every empty seat is a vacancy (TR-5)");

            // The by-election fills it from the successor's first day.
            w.SetToday(lastDay.PlusDays(2));
            w.Appoint(role, members[1], lastDay.PlusDays(2));
            Assert.False(Vacant(lastDay.PlusDays(2)));
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void TR_6_the_secretary_needs_a_year_of_standing_and_a_deputy_does_not(string preset)
    {
        var w = new PresetWorld(preset);
        var madeFull = new LocalDate(2025, 3, 10);
        var start = madeFull.PlusYears(1);
        var recent = w.Members(3, w.Branch, madeFull);
        Assert.Equal("TR-6", Refused(() => w.Appoint(StewardRole.Secretary, recent[0], start.PlusDays(-1))));
        Assert.Equal(StewardRole.Secretary.Key, w.Appoint(StewardRole.Secretary, recent[0], start).RoleKey);

        var other = new PresetWorld(preset);
        var later = other.Members(2, other.Branch, madeFull);
        Assert.Equal(start.PlusDays(1), other.Appoint(StewardRole.Secretary, later[0], start.PlusDays(1)).Start);
        Assert.Equal(StewardRole.DeputySecretary.Key, other.Appoint(StewardRole.DeputySecretary, later[1], madeFull.PlusDays(1)).RoleKey); // TR-6 names the secretary only
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void TR_6_a_district_that_asks_the_deputy_for_standing_says_so_in_its_policy(string preset)
    {
        var w = new PresetWorld(preset, o => o.Stewards.AddRole(new StewardRole(StewardRole.DeputySecretary.Key, "Deputy secretary", "党支部副书记", RoleSite.Branch, RoleHolders.FullMember)
        {
            RequiresRelationshipInBranch = true, RequiresStanding = true, IsCommitteeSeat = true, Term = RoleTerm.OrganisationTerm, MaxHolders = null,
        }));
        var recent = w.Members(1, w.Branch, new LocalDate(2026, 3, 1));
        Assert.Equal("TR-6", Refused(() => w.Appoint(StewardRole.DeputySecretary, recent[0], new LocalDate(2026, 11, 1))));
    }

    private static string Refused(Action action) => Assert.Throws<RuleViolationException>(action).Violation.Code;

    private static string Refused(Func<object> action) => Assert.Throws<RuleViolationException>(() => action()).Violation.Code;
}
