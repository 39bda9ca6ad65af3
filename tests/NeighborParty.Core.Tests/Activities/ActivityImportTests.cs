using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Activities.Csv;
using NeighborParty.Application;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Core.Tests.Activities;

/// <summary>
/// Importing an activity ledger (活动台账, issue 26 item 2): every row checked as <see cref="ActivityLedger"/> checks
/// one activity, all rows or none, and a closed period refused row by row.
/// </summary>
public sealed class ActivityImportTests : IAsyncDisposable
{
    private const string Header = "活动名称,活动类别,活动日期,开始时间,活动地点,组织单位,参加人数,服务时长\r\n";
    private readonly ServiceProvider _services;
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 27, 2, 0));

    public ActivityImportTests() => _services = new ServiceCollection().AddNeighborParty(o => o.Clock = _clock).BuildServiceProvider();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    private sealed record World(Place District, Place Community, Place Compound, OrganizationUnit Branch);

    private async Task<World> BuildAsync()
    {
        var places = Get<PlaceDirectory>();
        var tree = Get<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "水南街道"));
        var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "江南社区"));
        var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "豫轩里"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(2000, 1, 1) });
        var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "水南街道党工委", [street.Id]) { Established = new LocalDate(2000, 1, 1) });
        var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "江南社区党委", [community.Id]) { Established = new LocalDate(2000, 1, 1) });
        var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "豫轩里小区党支部", [compound.Id]) { Established = new LocalDate(2020, 5, 1) });
        return new World(district, community, compound, branch);
    }

    private Task<ActivityImportReport> ImportAsync(World w, string csv, Encoding? encoding = null) =>
        Get<ActivityImporter>().ImportAsync(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(csv)), w.Community.Id);

    private Task<int> CountAsync() => Get<IReadRepository<Activity>>().CountAsync();

    [Fact]
    public async Task A_good_file_is_recorded_whole_by_key_or_Chinese_name_with_its_hours()
    {
        var w = await BuildAsync();
        var report = await ImportAsync(w, Header
            + "楼道清洁,volunteer-service,2026-03-01,09:00,豫轩里,豫轩里小区党支部,12,30.5\r\n"
            + "党史学习,主题党日,2026-03-05,,豫轩里,,20,\r\n"
            + $"社区邻里节,邻里节,2026-04-01,18:30,江南社区,{w.Branch.Id},150,\r\n");
        Assert.True(report.Stored, string.Join("; ", report.Errors));
        Assert.Equal((3, 3), (report.Rows, report.Recorded));
        var activities = await Get<IReadRepository<Activity>>().ListAsync();
        var cleaning = Assert.Single(activities, a => a.Title == "楼道清洁");
        Assert.Equal((w.Branch.Id, w.Compound.Id, 30.5m, new LocalDate(2026, 3, 1)), (cleaning.UnitId!.Value, cleaning.PlaceId, cleaning.VolunteerHours, cleaning.Day));
        Assert.Equal("theme-party-day", Assert.Single(activities, a => a.Title == "党史学习").Kind);
    }

    [Fact]
    public async Task Rows_in_a_closed_period_are_refused_one_by_one_and_nothing_is_recorded()
    {
        var w = await BuildAsync();
        await Get<AccountingService>().CloseAsync(w.District.Id, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)));
        var report = await ImportAsync(w, Header
            + "三月清洁,volunteer-service,2026-03-31,,豫轩里,,10,\r\n"   // the last day of the closed quarter
            + "四月清洁,volunteer-service,2026-04-01,,豫轩里,,10,\r\n"   // the day after: open
            + "一月清洁,volunteer-service,2026-01-01,,江南社区,,10,\r\n"); // the first day
        Assert.False(report.Stored);
        Assert.Equal([2, 4], report.Errors.Select(e => e.Row));
        Assert.All(report.Errors, e => Assert.Equal(PeriodGuard.Closed, e.Code));
        Assert.Equal(2, report.Totals[PeriodGuard.Closed]);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Every_bad_field_is_a_row_error_with_the_rule_of_the_ledger()
    {
        var w = await BuildAsync();
        var report = await ImportAsync(w, Header
            + "好的活动,volunteer-service,2026-03-01,,豫轩里,,10,\r\n"
            + "未知类别,跳广场舞,2026-03-01,,豫轩里,,10,\r\n"                  // NP-ACT-001
            + "别处地点,volunteer-service,2026-03-01,,外区小区,,10,\r\n"          // NP-ACT-002
            + "未来活动,volunteer-service,2026-12-25,,豫轩里,,10,\r\n"            // NP-ACT-003: in the future
            + "支部未成立,volunteer-service,2019-03-01,,豫轩里,豫轩里小区党支部,10,\r\n" // NP-ACT-002: the unit did not exist that day
            + "时长太多,volunteer-service,2026-03-01,,豫轩里,,2,49\r\n"           // NP-ACT-003: 24 h per participant at most
            + "人数不是数,volunteer-service,2026-03-01,,豫轩里,,十,\r\n"          // NP-CSV-005
            + "日期不对,volunteer-service,2026-02-30,,豫轩里,,10,\r\n");          // NP-CSV-005
        Assert.False(report.Stored);
        Assert.Equal(
            [(3, ActivityLedger.UnknownKind), (4, ActivityLedger.WrongReference), (5, ActivityLedger.ImpossibleValue), (6, ActivityLedger.WrongReference),
             (7, ActivityLedger.ImpossibleValue), (8, "NP-CSV-005"), (9, "NP-CSV-005")],
            report.Errors.Select(e => (e.Row, e.Code)));
        Assert.Equal(7, report.BadRows);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_GB18030_file_is_read_and_a_wrong_header_is_refused()
    {
        var w = await BuildAsync();
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var good = await ImportAsync(w, Header + "楼道清洁,志愿服务,2026-03-01,,豫轩里,,12,\r\n", gb);
        Assert.True(good.Stored, string.Join("; ", good.Errors));
        var wrong = await ImportAsync(w, "名称,日期\r\n楼道清洁,2026-03-01\r\n");
        Assert.False(wrong.Stored);
        Assert.Contains(wrong.Errors, e => e.Code == "NP-CSV-001" && e.Column == "kind");
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_resident_may_not_import_and_a_community_secretary_may_only_inside_her_scope()
    {
        var w = await BuildAsync();
        var files = Get<ActivityFileUseCases>();
        var csv = Header + "楼道清洁,volunteer-service,2026-03-01,,豫轩里,,12,\r\n";
        var resident = new Actor("resident", ActorKind.Resident, Guid.Empty);
        var refused = await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() =>
            files.ImportAsync(resident, w.Community.Id, new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        Assert.Equal(NeighborParty.Common.RuleViolationKind.Forbidden, refused.Violation.Kind);
        var secretary = new Actor("secretary", ActorKind.CompoundSecretary, w.Branch.Id.Value);
        await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() => files.ImportAsync(secretary, w.Community.Id, new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        var report = await files.ImportAsync(secretary, w.Compound.Id, new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        Assert.True(report.Stored, string.Join("; ", report.Errors));
    }
}
