using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>
/// The roll-up as SQL aggregation against the in-memory one-pass count over the very same rows: equal for a worked
/// example on each provider, and for random data, nodes and spans (FsCheck); closing, the guard and corrections.
/// </summary>
public sealed class RollUpPersistenceTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    private static readonly string[] Kinds = ["co-learning", "volunteer-service", "member-assembly", "theme-party-day", "neighbourhood-festival", "service-delivery", "group-meeting"];

    /// <summary>A district, two streets, two communities each, two compounds each (one without a branch), groups.</summary>
    private sealed record World(Place District, List<Place> Streets, List<Place> Communities, List<Place> Compounds, List<OrganizationUnit> Branches, List<OrganizationUnit> Groups);

    private static async Task<World> BuildAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(2000, 1, 1) });
        var world = new World(district, [], [], [], [], []);
        for (var s = 0; s < 2; s++)
        {
            var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, $"街道{s}"));
            world.Streets.Add(street);
            var committee = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, $"街道{s}党工委", [street.Id]) { Established = new LocalDate(2000, 1, 1) });
            for (var c = 0; c < 2; c++)
            {
                var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, $"社区{s}{c}"));
                world.Communities.Add(community);
                var communityUnit = await tree.AddChildAsync(committee.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, $"社区{s}{c}党委", [community.Id])
                {
                    Established = new LocalDate(2000, 1, 1),
                });
                for (var k = 0; k < 2; k++)
                {
                    var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, $"小区{s}{c}{k}"));
                    world.Compounds.Add(compound);
                    if (k == 1)
                    {
                        continue; // no branch
                    }

                    var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, $"小区{s}{c}{k}党支部", [compound.Id])
                    {
                        Established = new LocalDate(2020, 1, 1),
                    });
                    world.Branches.Add(branch);
                    world.Groups.Add(await tree.AddChildAsync(branch.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", [])
                    {
                        Established = new LocalDate(2021, 1, 1),
                    }));
                }
            }
        }

        return world;
    }

    /// <summary>Adds random records of every kind the roll-up counts.</summary>
    private static async Task AddRandomAsync(StoreFixture db, World world, Random random, int activities)
    {
        await using var scope = db.Scope();
        var ledger = scope.ServiceProvider.GetRequiredService<ActivityLedger>();
        var projects = scope.ServiceProvider.GetRequiredService<ProjectService>();
        var desk = scope.ServiceProvider.GetRequiredService<RequestDesk>();
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        LocalDate Day() => new LocalDate(2025, 1, 1).PlusDays(random.Next(0, 690));
        Place AnyPlace() => random.Next(4) switch { 0 => world.Communities[random.Next(world.Communities.Count)], _ => world.Compounds[random.Next(world.Compounds.Count)] };
        for (var i = 0; i < activities; i++)
        {
            var place = AnyPlace();
            await ledger.RecordAsync(new NewActivity(Kinds[random.Next(Kinds.Length)], "活动", place.Id, Day().At(new LocalTime(9, 0)).InZoneLeniently(zone), random.Next(0, 50)));
        }

        var compound = world.Compounds[random.Next(world.Compounds.Count)];
        var position = await scope.Get<DeploymentService>().OpenPositionAsync("youth-home", "阵地", compound.Id, null, Day());
        if (random.Next(2) == 0)
        {
            await scope.Get<DeploymentService>().ClosePositionAsync(position.Id, new LocalDate(2026, 11, 1));
        }

        var home = world.Communities[random.Next(world.Communities.Count)];
        await scope.Get<DeploymentService>().DeployTeamAsync("women-post", "队伍", null, home.Id, [world.Compounds.First(c => c.Path.IsWithin(home.Path)).Id], Day());
        await scope.Get<PartnerService>().RegisterAsync(new PartnerDetails($"机关{random.Next()}", random.Next(2) == 0 ? PartnerCategory.GovernmentOrgan : PartnerCategory.ChamberOrEnterprise,
            world.Streets[random.Next(2)].Id));
        var branch = world.Branches[random.Next(world.Branches.Count)];
        await projects.PlanAsync(new NewProject("项目", branch.Id, world.Compounds.First(c => branch.Places.Contains(c.Id)).Id, Day()));
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = world.Compounds[random.Next(world.Compounds.Count)];
            var request = await desk.SubmitAsync(new NewRequest("lighting", random.Next(2) == 0 ? "hotline" : "wechat-group", at.Id, "路灯不亮"));
            if (random.Next(2) == 0)
            {
                await desk.AcceptAsync(request.Id);
                await desk.AssignAsync(request.Id, AssigneeKind.Branch, null, "支部");
                await desk.StartAsync(request.Id);
                await desk.ResolveAsync(request.Id, "修好");
            }
        }
    }

    private static async Task<(RollUpCounts Sql, RollUpCounts Memory)> CountBothAsync(StoreFixture db, HierarchyPath node, DateInterval days)
    {
        await using var scope = db.Scope();
        var sp = scope.ServiceProvider;
        var query = sp.GetRequiredService<AccountingService>().QueryFor(node, days);
        var sql = await sp.GetRequiredService<IRollUpSource>().CountAsync(query);
        Assert.IsType<NeighborParty.EntityFrameworkCore.Accounting.EfRollUpSource>(sp.GetRequiredService<IRollUpSource>());
        async Task<List<T>> All<T>()
            where T : class, Domain.IAggregateRoot => await sp.GetRequiredService<IReadRepository<T>>().ListAsync();
        var memory = InMemoryRollUpSource.Count(query, new RollUpData(await All<Place>(), await All<OrganizationUnit>(), await All<Position>(), await All<DeployedTeam>(),
            await All<Partner>(), await All<Activity>(), await All<Project>(), await All<ResidentRequest>()));
        return (sql, memory);
    }

    private static string Show(RollUpCounts counts) =>
        string.Join("; ", counts.Totals.Where(t => t.Value != 0).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"))
        + " | " + string.Join(" ", counts.ByChild.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal)
            .Select(c => c.Key + ":" + string.Join(",", c.Value.Where(v => v.Value != 0).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"))));

    private static string ShowNonZero(RollUpCounts counts) => Show(new RollUpCounts(counts.Totals,
        counts.ByChild.Where(c => c.Value.Values.Any(v => v != 0)).ToDictionary(c => c.Key, c => c.Value)));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_worked_example_counts_the_same_in_sql_and_in_memory_and_as_expected(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var world = await BuildAsync(db);
        await AddRandomAsync(db, world, new Random(3), 30);
        var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 11, 27));
        var (sql, memory) = await CountBothAsync(db, world.District.Path, year);
        Assert.Equal(ShowNonZero(memory), ShowNonZero(sql));
        Assert.Equal(4, sql.Totals[Figures.CompoundBranches]);
        Assert.Equal(4, sql.Totals[Figures.FunctionalGroups]);
        Assert.Equal(30, sql.Totals[Figures.Activities]);
        Assert.Equal(2, sql.ByChild.Count(c => c.Value[Figures.CompoundBranches] == 2)); // two branches per street
        Assert.Equal(sql.Totals[Figures.Activities], sql.ByChild.Sum(c => c.Value[Figures.Activities]));

        // A community: its two compounds (and the community itself, for records placed there).
        var (communitySql, communityMemory) = await CountBothAsync(db, world.Communities[0].Path, year);
        Assert.Equal(ShowNonZero(communityMemory), ShowNonZero(communitySql));
        Assert.Equal(1, communitySql.Totals[Figures.CompoundBranches]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_closed_period_is_frozen_and_corrected_only_by_an_entry_in_the_audit_trail(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var world = await BuildAsync(db);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var q3 = ReportPeriods.Quarter(2026, 3);
        await using (var scope = db.Scope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<ActivityLedger>();
            await ledger.RecordAsync(new NewActivity("volunteer-service", "助老", world.Compounds[0].Id, new LocalDate(2026, 8, 8).At(new LocalTime(9, 0)).InZoneLeniently(zone), 12));
            await ledger.RecordAsync(new NewActivity("co-learning", "联学", world.Compounds[2].Id, new LocalDate(2026, 9, 1).At(new LocalTime(9, 0)).InZoneLeniently(zone), 20));
            var accounting = scope.ServiceProvider.GetRequiredService<AccountingService>();
            Assert.Equal(AccountingService.CannotClose, (await Assert.ThrowsAsync<RuleViolationException>(() => accounting.CloseAsync(world.District.Id, ReportPeriods.Quarter(2026, 4)))).Code);
            await accounting.CloseAsync(world.District.Id, q3);
            Assert.Equal(AccountingService.CannotClose, (await Assert.ThrowsAsync<RuleViolationException>(() => accounting.CloseAsync(world.District.Id, ReportPeriods.Month(2026, 9)))).Code);
        }

        await using (var scope = db.Scope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<ActivityLedger>();
            var late = await Assert.ThrowsAsync<RuleViolationException>(() =>
                ledger.RecordAsync(new NewActivity("volunteer-service", "迟报", world.Compounds[0].Id, new LocalDate(2026, 9, 30).At(new LocalTime(9, 0)).InZoneLeniently(zone), 5)));
            Assert.Equal(PeriodGuard.Closed, late.Code);
            await ledger.RecordAsync(new NewActivity("volunteer-service", "十月", world.Compounds[0].Id, new LocalDate(2026, 10, 1).At(new LocalTime(9, 0)).InZoneLeniently(zone), 5));

            var accounting = scope.ServiceProvider.GetRequiredService<AccountingService>();
            var frozen = await accounting.ReportAsync(world.District.Id, q3);
            Assert.True(frozen.Frozen);
            Assert.Equal((1, 1), (frozen[Figures.VolunteerServices], frozen[Figures.CoLearningEvents]));
            Assert.Equal(AccountingService.NotCorrectable, (await Assert.ThrowsAsync<RuleViolationException>(() => accounting.CorrectAsync(
                new NewCorrection(Figures.VolunteerServices, world.Compounds[0].Id, 1, new LocalDate(2026, 10, 1), "十月未结账")))).Code);
            await accounting.CorrectAsync(new NewCorrection(Figures.VolunteerServices, world.Compounds[0].Id, 1, new LocalDate(2026, 9, 30), "迟报的助老服务"));
            var corrected = await accounting.ReportAsync(world.District.Id, q3);
            Assert.Equal(2, corrected[Figures.VolunteerServices]);
            Assert.Equal(2, corrected.Children.Single(c => c.PlaceId == world.Streets[0].Id).Figures.Single(f => f.Key == Figures.VolunteerServices).Value);
            Assert.Single(corrected.Corrections);
            var year = await accounting.ReportAsync(world.District.Id, ReportPeriods.Year(2026)); // open: counted now, with the correction
            Assert.False(year.Frozen);
            Assert.Equal(3, year[Figures.VolunteerServices]);
            var trail = await scope.ServiceProvider.GetRequiredService<IReadRepository<NeighborParty.Auditing.AuditEntry>>().ListAsync();
            Assert.Contains(trail, e => e.Action == "figure.corrected");
            Assert.Contains(trail, e => e.Action == "period.closed");
        }
    }

    private static readonly Lazy<Task<(StoreFixture Db, World World)>> Shared = new(async () =>
    {
        var db = await StoreFixture.CreateAsync("sqlite");
        return (db, await BuildAsync(db));
    });

    /// <summary>For random data, any node and any span, SQL aggregation and the one-pass count agree on every total and every child.</summary>
    [Property(MaxTest = 25)]
    public Property Sql_and_in_memory_roll_ups_agree_on_random_data(int seed, byte nodeChoice, ushort startOffset, ushort length)
    {
        var (db, world) = Shared.Value.GetAwaiter().GetResult();
        var random = new Random(seed);
        AddRandomAsync(db, world, random, random.Next(0, 12)).GetAwaiter().GetResult();
        var nodes = new[] { world.District }.Concat(world.Streets).Concat(world.Communities).Concat(world.Compounds).ToList();
        var node = nodes[nodeChoice % nodes.Count];
        var from = new LocalDate(2025, 1, 1).PlusDays(startOffset % 700);
        var days = length % 2 == 0 ? new DateInterval(from, new LocalDate(2026, 11, 27)) : new DateInterval(from, from.PlusDays(length % 400)); // today's requests in half of them
        var (sql, memory) = CountBothAsync(db, node.Path, days).GetAwaiter().GetResult();
        return (ShowNonZero(sql) == ShowNonZero(memory)).Label($"{node.Name} {days}: sql {ShowNonZero(sql)} / memory {ShowNonZero(memory)}");
    }
}
