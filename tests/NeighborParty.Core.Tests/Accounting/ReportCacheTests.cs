using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Application;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Core.Tests.Accounting;

/// <summary>
/// The report cache (issue 26) may make a report faster, never wrong for this process: any commit forgets every
/// report, an entry expires, a zero duration remembers nothing, and nothing is remembered for a reader the guard refused.
/// </summary>
public sealed class ReportCacheTests
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private sealed class World : IAsyncDisposable
    {
        private readonly ServiceProvider _services;

        public World(Duration duration)
        {
            _services = new ServiceCollection().AddNeighborParty(o =>
            {
                o.Clock = Clock;
                o.ReportCacheDuration = duration;
            }).BuildServiceProvider();
            var places = Get<PlaceDirectory>();
            District = Run(places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区")));
            var street = Run(places.RegisterAsync(District.Id, new NewPlace(PlaceKind.Street, "水南街道")));
            var community = Run(places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "江南社区")));
            Compound = Run(places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "豫轩里")));
            Root = Run(Get<OrganizationTree>().CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [District.Id])
            {
                Established = new LocalDate(2000, 1, 1),
            }));
        }

        public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 27, 2, 0));

        public Place District { get; }

        public Place Compound { get; }

        public OrganizationUnit Root { get; }

        public Actor Admin => new("t:admin", ActorKind.DistrictAdmin, Root.Id.Value);

        public T Get<T>()
            where T : notnull => _services.GetRequiredService<T>();

        public RollUpReport Report() => Run(Get<AccountingUseCases>().ReportAsync(Admin, District.Id, ReportPeriods.Year(2026)));

        public long Volunteering() => Report()[Figures.VolunteerServices];

        public void Record() => Run(Get<ActivityLedger>().RecordAsync(new NewActivity("volunteer-service", "义诊", Compound.Id,
            new LocalDate(2026, 3, 2).At(new LocalTime(19, 0)).InZoneLeniently(Zone), 10)));

        public NeighborParty.Formation.FormationSweep Sweep() => Run(Get<FormationUseCases>().SweepAsync(Admin, District.Id));

        public NeighborParty.Common.ReportSummary SweepSummary() => Run(Get<FormationUseCases>().SweepSummaryAsync(Admin, District.Id));

        public NeighborParty.Stewards.StewardCoverage Coverage() => Run(Get<StewardUseCases>().CoverageAsync(Admin, District.Id));

        public NeighborParty.Common.ReportSummary CoverageSummary() => Run(Get<StewardUseCases>().CoverageSummaryAsync(Admin, District.Id));

        public Place AddCompound(string name) => Run(Get<PlaceDirectory>().RegisterAsync(Compound.ParentId!.Value, new NewPlace(PlaceKind.Compound, name)));

        public ValueTask DisposeAsync() => _services.DisposeAsync();

        private static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_report_is_remembered_until_this_process_commits_anything()
    {
        await using var w = new World(Duration.FromSeconds(30));
        var cache = w.Get<ReportCache>();
        Assert.Equal(0, w.Volunteering());
        Assert.Equal(1, cache.Count);
        Assert.Same(w.Report(), w.Report());

        w.Record(); // a commit: every report is forgotten, before and after the write
        Assert.Equal(0, cache.Count);
        Assert.Equal(1, w.Volunteering());
    }

    [Fact]
    public async Task Sweeps_and_coverage_reports_are_remembered_for_their_day_until_this_process_commits_anything()
    {
        await using var w = new World(Duration.FromDays(2));
        var cache = w.Get<ReportCache>();
        var (sweep, coverage, sweepSummary, coverageSummary) = (w.Sweep(), w.Coverage(), w.SweepSummary(), w.CoverageSummary());
        Assert.Equal(4, cache.Count);
        Assert.Same(sweep, w.Sweep()); // a client paging through the items reads the report once
        Assert.Same(coverage, w.Coverage());
        Assert.Same(sweepSummary, w.SweepSummary());
        Assert.Same(coverageSummary, w.CoverageSummary());

        w.AddCompound("武夷香榭"); // a commit: every report is forgotten, and the next one counts the new compound
        Assert.Equal(0, cache.Count);
        Assert.Equal(sweep.Places + 1, w.Sweep().Places);
        Assert.Equal(coverage.Compounds + 1, w.Coverage().Compounds);

        var today = w.Coverage();
        w.Clock.Advance(Duration.FromDays(1)); // within the duration, but another day: the report of that day
        Assert.Equal(today.On.PlusDays(1), w.Coverage().On);
        Assert.NotSame(today, w.Coverage());

        await using var off = new World(Duration.Zero);
        Assert.NotSame(off.Sweep(), off.Sweep());
        off.Coverage();
        Assert.Equal(0, off.Get<ReportCache>().Count);
    }

    [Fact]
    public async Task An_entry_expires_after_the_duration_and_a_zero_duration_remembers_nothing()
    {
        await using var w = new World(Duration.FromSeconds(30));
        var first = w.Report();
        Assert.Same(first, w.Report());
        w.Clock.Advance(Duration.FromSeconds(31));
        Assert.NotSame(first, w.Report()); // counted afresh

        await using var off = new World(Duration.Zero);
        off.Volunteering();
        Assert.Equal(0, off.Get<ReportCache>().Count);
    }

    [Fact]
    public async Task A_reader_the_guard_refuses_gets_nothing_from_the_cache()
    {
        await using var w = new World(Duration.FromSeconds(30));
        w.Volunteering();
        var stranger = new Actor("t:other", ActorKind.CompoundSecretary, Guid.NewGuid());
        await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() => w.Get<AccountingUseCases>().ReportAsync(stranger, w.District.Id, ReportPeriods.Year(2026)));
        w.Sweep();
        w.Coverage();
        await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() => w.Get<FormationUseCases>().SweepAsync(stranger, w.District.Id));
        await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() => w.Get<StewardUseCases>().CoverageAsync(stranger, w.District.Id));
    }

    [Fact]
    public void A_report_counted_while_a_commit_ran_is_not_remembered()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0));
        var cache = new ReportCache(clock, new NeighborPartyOptions());
        var report = new RollUpReport(new PlaceId(Guid.NewGuid()), "延平区", new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), false, null, [], [], []);
        var counted = Run(cache.GetOrCountAsync(report.PlaceId, ReportPeriods.Year(2026), _ =>
        {
            cache.Invalidate(); // a commit happened while the report was being counted
            return Task.FromResult(report);
        }, default));
        Assert.Same(report, counted);
        Assert.Equal(0, cache.Count);
    }

    private static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
