using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Stewards;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Core.Tests.Accounting;

/// <summary>The roll-up, projects, closing and compliance on the in-memory store, wired as an adopter would.</summary>
public sealed class AccountingTests : IAsyncDisposable
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private readonly ServiceProvider _services;
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 27, 2, 0));

    public AccountingTests() => _services = new ServiceCollection().AddNeighborParty(o => o.Clock = _clock).BuildServiceProvider();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    private sealed record World(Place District, Place Street, Place Community, Place[] Compounds, OrganizationUnit CommunityUnit, OrganizationUnit[] Branches, OrganizationUnit Group);

    private async Task<World> BuildAsync()
    {
        var places = Get<PlaceDirectory>();
        var tree = Get<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "水南街道"));
        var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "江南社区"));
        var compounds = new[]
        {
            await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "豫轩里")),
            await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "水南新村")),
        };
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(2000, 1, 1) });
        var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "水南街道党工委", [street.Id]) { Established = new LocalDate(2000, 1, 1) });
        var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "江南社区党委", [community.Id])
        {
            Established = new LocalDate(2000, 1, 1),
        });
        var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "豫轩里小区党支部", [compounds[0].Id])
        {
            Established = new LocalDate(2020, 5, 1),
        });
        var group = await tree.AddChildAsync(branch.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", [])
        {
            Established = new LocalDate(2020, 5, 1),
        });
        return new World(district, street, community, compounds, communityUnit, [branch], group);
    }

    private Task<Activity> Record(string kind, Place place, LocalDate day, OrganizationUnit? unit = null) =>
        Get<ActivityLedger>().RecordAsync(new NewActivity(kind, kind, place.Id, day.At(new LocalTime(19, 0)).InZoneLeniently(Zone), 10, unit?.Id));

    [Fact]
    public async Task The_report_sums_a_subtree_with_a_row_per_child_and_counts_stocks_on_the_last_day()
    {
        var w = await BuildAsync();
        await Record("co-learning", w.Compounds[0], new LocalDate(2026, 3, 1));
        await Record("volunteer-service", w.Compounds[1], new LocalDate(2026, 3, 2));
        await Record("volunteer-service", w.Community, new LocalDate(2026, 3, 3)); // at the community itself
        await Record("volunteer-service", w.Compounds[1], new LocalDate(2025, 12, 31)); // outside the year
        await Get<DeploymentService>().OpenPositionAsync("youth-home", "青年之家", w.Compounds[0].Id, null, new LocalDate(2026, 6, 1));
        var project = await Get<ProjectService>().PlanAsync(new NewProject("停车改造", w.Branches[0].Id, w.Compounds[0].Id, new LocalDate(2026, 4, 1)));

        var accounting = Get<AccountingService>();
        var year = await accounting.ReportAsync(w.Community.Id, ReportPeriods.Year(2026));
        Assert.Equal((1, 1, 2, 1, 1, 1), (year[Figures.CompoundBranches], year[Figures.FunctionalGroups], year[Figures.VolunteerServices], year[Figures.CoLearningEvents],
            year[Figures.Projects], year[Figures.Positions]));
        Assert.Equal(["江南社区（本级）", "豫轩里", "水南新村"], year.Children.Select(c => c.Name));
        Assert.Equal(year[Figures.Activities], year.Children.Sum(c => c.Figures.Single(f => f.Key == Figures.Activities).Value));

        // Stocks stand on the last day: the position opened in June is not there in the first quarter.
        var q1 = await accounting.ReportAsync(w.Community.Id, ReportPeriods.Quarter(2026, 1));
        Assert.Equal((0, 2, 1), (q1[Figures.Positions], q1[Figures.VolunteerServices], q1[Figures.CompoundBranches]));
        Assert.Equal(1, (await accounting.ReportAsync(w.District.Id, ReportPeriods.Month(2026, 3)))[Figures.CoLearningEvents]);

        // CSV: one row per figure, the total and each child; Excel formulas are neutralised.
        var csv = AccountingService.ToCsv(year);
        Assert.StartsWith("figure,指标,江南社区（合计）,江南社区（本级）,豫轩里,水南新村\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nvolunteer-services,志愿服务,2,1,0,1\r\n", csv, StringComparison.Ordinal);

        // A project runs and ends; its steps are in order.
        await Get<ProjectService>().StartAsync(project.Id, new LocalDate(2026, 5, 1));
        Assert.Equal(ProjectService.Step, (await Assert.ThrowsAsync<RuleViolationException>(() => Get<ProjectService>().StartAsync(project.Id, new LocalDate(2026, 5, 2)))).Code);
        await Get<ProjectService>().CompleteAsync(project.Id, new LocalDate(2026, 10, 1), "划线32个车位");
        Assert.Equal(ProjectState.Done, (await Get<ProjectService>().GetAsync(project.Id)).State);
        Assert.Equal(1, (await accounting.ReportAsync(w.Community.Id, ReportPeriods.Year(2026)))[Figures.Projects]); // counted when planned, whatever became of it
    }

    [Fact]
    public async Task Closing_freezes_a_period_and_a_correction_is_the_only_way_to_change_it()
    {
        var w = await BuildAsync();
        await Record("volunteer-service", w.Compounds[0], new LocalDate(2026, 9, 10));
        var accounting = Get<AccountingService>();
        await accounting.CloseAsync(w.Street.Id, ReportPeriods.Quarter(2026, 3));

        // The community below the street is frozen too: nothing more is recorded on those days there.
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Record("volunteer-service", w.Compounds[1], new LocalDate(2026, 9, 11)));
        Assert.Equal((PeriodGuard.Closed, RuleViolationKind.Conflict), (refused.Code, refused.Violation.Kind));
        await Assert.ThrowsAsync<RuleViolationException>(() => Get<ProjectService>().PlanAsync(new NewProject("迟报项目", w.Branches[0].Id, w.Compounds[0].Id, new LocalDate(2026, 8, 1))));

        // The unit changing later does not change the frozen report.
        await Get<OrganizationTree>().DissolveAsync(w.Group.Id, new LocalDate(2026, 8, 1));
        var frozen = await accounting.ReportAsync(w.Street.Id, ReportPeriods.Quarter(2026, 3));
        Assert.True(frozen.Frozen);
        Assert.Equal((1, 1), (frozen[Figures.FunctionalGroups], frozen[Figures.VolunteerServices]));
        Assert.Equal(0, (await accounting.ReportAsync(w.Street.Id, ReportPeriods.Month(2026, 9)))[Figures.FunctionalGroups]); // counted now, not frozen

        var correction = await accounting.CorrectAsync(new NewCorrection(Figures.VolunteerServices, w.Compounds[1].Id, -1, new LocalDate(2026, 9, 10), "重复登记"));
        Assert.Equal(new LocalDate(2026, 11, 27), correction.RecordedOn);
        Assert.Equal(0, (await accounting.ReportAsync(w.Street.Id, ReportPeriods.Quarter(2026, 3)))[Figures.VolunteerServices]);
        Assert.Contains(await Get<IReadRepository<NeighborParty.Auditing.AuditEntry>>().ListAsync(), e => e.Action == "figure.corrected");
        Assert.Equal(AccountingService.NotCorrectable, (await Assert.ThrowsAsync<RuleViolationException>(() => accounting.CorrectAsync(
            new NewCorrection(Figures.VolunteerServices, w.Compounds[1].Id, 0, new LocalDate(2026, 9, 10), "零")))).Code);
        Assert.Equal(AccountingService.BadQuery, (await Assert.ThrowsAsync<RuleViolationException>(() => accounting.CorrectAsync(
            new NewCorrection("no-such-figure", w.Compounds[1].Id, 1, new LocalDate(2026, 9, 10), "x")))).Code);
    }

    [Fact]
    public async Task Compliance_counts_what_was_due_under_ML_1_to_ML_6_and_what_was_held()
    {
        var w = await BuildAsync();
        var branch = w.Branches[0];
        var q3 = ReportPeriods.Quarter(2026, 3);
        await Record("member-assembly", w.Compounds[0], new LocalDate(2026, 8, 20), branch);
        await Record("theme-party-day", w.Compounds[0], new LocalDate(2026, 7, 1), branch);
        await Record("theme-party-day", w.Compounds[0], new LocalDate(2026, 8, 1), branch);
        await Record("courtyard-lesson", w.Compounds[0], new LocalDate(2026, 9, 5), branch); // 小院党课 fulfils ML-4
        await Record("group-meeting", w.Compounds[0], new LocalDate(2026, 7, 15), w.Group);
        var result = Assert.Single(await Get<ComplianceService>().AssessAsync(w.CommunityUnit.Id, q3));
        ComplianceLine Line(string rule) => result.Lines.Single(l => l.Rule == rule);
        Assert.Equal((1, 1), (Line("ML-1").Due, Line("ML-1").Met));
        Assert.Equal(0, Line("ML-2").Due); // no committee: committee meetings are not due
        Assert.Equal((3, 1, w.Group.Id), (Line("ML-3").Due, Line("ML-3").Met, Line("ML-3").UnitId));
        Assert.Equal((1, 1), (Line("ML-4").Due, Line("ML-4").Met));
        Assert.Equal((3, 2, new LocalDate(2026, 9, 1)), (Line("ML-5").Due, Line("ML-5").Met, Line("ML-5").Missed.Single()));
        Assert.Equal(0, Line("ML-6").Due); // yearly: the year has not ended within the quarter
        Assert.True(result.Behind);

        // A district holding Party lessons monthly changes the cadence; the year report counts ML-6 once the year is over.
        Get<NeighborPartyOptions>().Compliance.SetCadence("ML-4", Cadence.Monthly);
        var monthly = Assert.Single(await Get<ComplianceService>().AssessAsync(branch.Id, q3));
        Assert.Equal((3, 1), (monthly.Lines.Single(l => l.Rule == "ML-4").Due, monthly.Lines.Single(l => l.Rule == "ML-4").Met));
        var year = Assert.Single(await Get<ComplianceService>().AssessAsync(branch.Id, ReportPeriods.Year(2025)));
        Assert.Equal((1, 0), (year.Lines.Single(l => l.Rule == "ML-6").Due, year.Lines.Single(l => l.Rule == "ML-6").Met));
        Assert.Throws<ArgumentException>(() => Get<NeighborPartyOptions>().Compliance.SetCadence("ML-9", Cadence.Monthly));
    }

    [Fact]
    public async Task An_in_service_members_hours_are_stated_for_the_work_units_branch()
    {
        var w = await BuildAsync();
        var details = new NeighborParty.Membership.MemberDetails("陈志远", NeighborParty.Core.Tests.Membership.IdNumbers.Make(new LocalDate(1985, 3, 4), 7), new LocalDate(2010, 7, 1),
            NeighborParty.Membership.MemberCategory.InService) { MadeFull = new LocalDate(2011, 7, 1) };
        var member = await Get<NeighborParty.Membership.MemberLedger>().RecordAsync(details, NeighborParty.Membership.MemberRelationship.Outside("延平区税务局机关党支部"));
        var ledger = Get<ActivityLedger>();
        await ledger.RecordAsync(new NewActivity("volunteer-service", "助老扶困", w.Compounds[0].Id, new LocalDate(2026, 3, 1).At(new LocalTime(9, 0)).InZoneLeniently(Zone), 8,
            w.Branches[0].Id, [(member.Id, 3.5m)]));
        await ledger.RecordAsync(new NewActivity("co-learning", "楼院党课", w.Compounds[0].Id, new LocalDate(2026, 4, 2).At(new LocalTime(19, 0)).InZoneLeniently(Zone), 20,
            w.Branches[0].Id, [(member.Id, 1.5m)]));
        await Record("volunteer-service", w.Compounds[1], new LocalDate(2026, 4, 3)); // without the member
        var statement = await ledger.StatementAsync(member.Id, ReportPeriods.Year(2026));
        Assert.Equal(("延平区税务局机关党支部", 2, 5.0m), (statement.ReportTo, statement.Lines.Count, statement.TotalHours));
        Assert.Equal(["助老扶困", "楼院党课"], statement.Lines.Select(l => l.Title));
        Assert.Equal("豫轩里", statement.Lines[0].Place);
        Assert.Empty((await ledger.StatementAsync(member.Id, ReportPeriods.Year(2025))).Lines);
    }

    [Fact]
    public async Task A_problem_counts_once_when_first_resolved_and_a_channel_once_per_compound()
    {
        var w = await BuildAsync();
        var desk = Get<NeighborParty.Requests.RequestDesk>();
        var parking = await desk.SubmitAsync(new NeighborParty.Requests.NewRequest("parking", "listening-garden", w.Compounds[0].Id, "乱停车"));
        await desk.AcceptAsync(parking.Id);
        await desk.AssignAsync(parking.Id, NeighborParty.Requests.AssigneeKind.Branch, null, "支部");
        await desk.StartAsync(parking.Id);
        await desk.ResolveAsync(parking.Id, "划线");
        await desk.ReopenAsync(parking.Id, "又乱停");
        await desk.ResolveAsync(parking.Id, "装道闸");
        await desk.SubmitAsync(new NeighborParty.Requests.NewRequest("lighting", "listening-garden", w.Compounds[0].Id, "路灯不亮"));
        await desk.SubmitAsync(new NeighborParty.Requests.NewRequest("lighting", "hotline", w.Compounds[0].Id, "楼道灯不亮"));
        await desk.SubmitAsync(new NeighborParty.Requests.NewRequest("lighting", "hotline", w.Compounds[1].Id, "路灯不亮"));
        var today = _clock.GetCurrentInstant().InZone(Zone).Date;
        var report = await Get<AccountingService>().ReportAsync(w.Community.Id, new DateInterval(today, today));
        Assert.Equal((1, 3), (report[Figures.ProblemsSolved], report[Figures.Platforms]));
        var tomorrow = await Get<AccountingService>().ReportAsync(w.Community.Id, new DateInterval(today.PlusDays(1), today.PlusDays(2)));
        Assert.Equal((0, 0), (tomorrow[Figures.ProblemsSolved], tomorrow[Figures.Platforms]));
    }
}
