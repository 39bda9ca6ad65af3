using Ardalis.Specification;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// The rest of Yanping, so that the district report reproduces the figures of the source story (since 近邻党建 began,
/// counted from 2019-01-01 to today): 208 compound branches, 376 functional groups, 133 positions, 130 teams, 138
/// participating organs, 145 co-learning events, 431 volunteer services, 292 projects, 278 problems solved and 240
/// platforms. The named demo (the story's compounds, stewards, co-building and requests) already holds some of each;
/// this seed adds exactly the rest, as invented but ordinary records made through the library's services: two more
/// streets, thirty communities, 202 compounds each with a branch, groups, positions, teams, organs, activities,
/// projects and resolved requests. Nothing here writes a figure: the report counts records.
/// Members and stewards come from <see cref="YanpingDistrictPeopleSeed"/>, requests from <see cref="YanpingDistrictRequestSeed"/>.
/// </summary>
internal static class YanpingDistrictSeed
{
    /// <summary>What the named demo already holds (derived by hand from YanpingDemoSeed and YanpingRequestSeed).</summary>
    private static readonly Dictionary<string, int> NamedDemo = new()
    {
        [Figures.CompoundBranches] = 6, // 怡景嘉园, 第二网格小区, 世纪星城A区, 武夷香榭, 百福小区, 豫轩里
        [Figures.FunctionalGroups] = 12, // two per branch
        [Figures.Positions] = 4, // 豫轩里妇女微家, 江南社区青年之家, 武夷香榭文化长廊, 怡景嘉园四点半学堂
        [Figures.Teams] = 3, // 巾帼文明岗, 青年文明号, 工人先锋号
        [Figures.ParticipatingOrgans] = 1, // 延平区司法局
        [Figures.CoLearningEvents] = 1, // the Youth League's Party-history activity at 江南社区
        [Figures.VolunteerServices] = 0,
        [Figures.Projects] = 1, // 豫轩里停车秩序整治, from the parking deliberation
        [Figures.ProblemsSolved] = 3, // the leak, the street light, the stairwell lamp (reopened, counted once)
        [Figures.Platforms] = 8, // seven channels at 豫轩里, the 门口驿站 at 武夷香榭
    };

    /// <summary>The story's figures (../shared/seed/).</summary>
    public static readonly IReadOnlyDictionary<string, int> Story = new Dictionary<string, int>
    {
        [Figures.CompoundBranches] = 208, [Figures.FunctionalGroups] = 376, [Figures.Positions] = 133, [Figures.Teams] = 130, [Figures.ParticipatingOrgans] = 138,
        [Figures.CoLearningEvents] = 145, [Figures.VolunteerServices] = 431, [Figures.Projects] = 292, [Figures.ProblemsSolved] = 278, [Figures.Platforms] = 240,
    };

    /// <summary>The first day the story's figures count from.</summary>
    public static readonly LocalDate Since = new(2019, 1, 1);

    private static readonly string[] Stems =
    [
        "城南", "中山", "府前", "解放", "延安", "朝阳", "建设", "青云", "玉屏", "九峰", "东山", "西芹", "南山", "北门", "江滨",
        "碧水", "光明", "和平", "胜利", "民主", "红星", "新华", "文化", "育才", "长青", "金桥", "银杏", "玉兰", "桂园", "梅园",
    ];

    private static readonly string[] Suffixes = ["花园", "家园", "苑", "新村", "公寓", "雅居", "佳园"];

    private static readonly string[] Departments =
    [
        "发改局", "教育局", "科技局", "工信局", "民政局", "司法局", "财政局", "人社局", "自然资源局", "生态环境局", "住建局", "交通运输局", "水利局", "农业农村局", "商务局", "文体旅局",
        "卫健局", "退役军人事务局", "应急管理局", "审计局", "市场监管局", "统计局", "医保局", "信访局", "城管局", "林业局", "机关事务服务中心", "档案馆", "总工会", "科协", "残联",
        "红十字会", "工商联", "侨联", "文联", "融媒体中心", "行政服务中心", "数据管理局", "人武部", "税务局", "消防救援大队", "公安分局", "检察院", "法院", "供销社", "气象局",
    ];

    public static async Task SeedAsync(IServiceProvider root, Place district, OrganizationUnit committee, CancellationToken cancellationToken)
    {
        var need = Story.ToDictionary(f => f.Key, f => f.Value - NamedDemo[f.Key]);
        var scopes = root.GetRequiredService<IServiceScopeFactory>();
        var options = root.GetRequiredService<NeighborPartyOptions>();
        var today = root.GetRequiredService<IClock>().GetCurrentInstant().InZone(options.TimeZone).Date;
        var span = Period.Between(Since, today.PlusDays(-1), PeriodUnits.Days).Days;
        LocalDate Day(int i, int of) => Since.PlusDays((int)((long)span * i / Math.Max(1, of)));

        // Work in short scopes: a long-lived database context would track thousands of entities.
        async Task Batch(Func<IServiceProvider, Task> work)
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider);
        }

        var compounds = new List<(Place Compound, OrganizationUnit Branch, Place Community)>();
        var streets = (await root.GetRequiredService<IReadRepository<Place>>().ListAsync(new ChildPlacesSpec(district.Id), cancellationToken)).ToList();
        var streetUnits = (await root.GetRequiredService<IReadRepository<OrganizationUnit>>().ListAsync(new ChildUnitsSpec(committee.Id), cancellationToken)).ToList();
        await Batch(async sp =>
        {
            var places = sp.GetRequiredService<PlaceDirectory>();
            var tree = sp.GetRequiredService<OrganizationTree>();
            foreach (var name in new[] { "梅山街道", "水东街道" })
            {
                var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, name), cancellationToken);
                streets.Add(street);
                streetUnits.Add(await tree.AddChildAsync(committee.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, name + "党工委", [street.Id])
                {
                    Established = new LocalDate(2002, 1, 1),
                }, cancellationToken));
            }
        });

        // 30 communities over the six streets, up to seven compounds each: 202 compounds with a branch; 162 branches with two functional groups, 40 with one.
        var branchesNeeded = need[Figures.CompoundBranches];
        var twoGroups = need[Figures.FunctionalGroups] - branchesNeeded;
        for (var c = 0; c < Stems.Length && compounds.Count < branchesNeeded; c++)
        {
            var stem = Stems[c];
            var street = streets[c % streets.Count];
            var streetUnit = streetUnits.Single(u => u.Places.Contains(street.Id));
            await Batch(async sp =>
            {
                var places = sp.GetRequiredService<PlaceDirectory>();
                var tree = sp.GetRequiredService<OrganizationTree>();
                var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, stem + "社区"), cancellationToken);
                var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, stem + "社区党委", [community.Id])
                {
                    Established = new LocalDate(2010, 1, 1),
                }, cancellationToken);
                for (var k = 0; k < Suffixes.Length && compounds.Count < branchesNeeded; k++)
                {
                    var name = stem + Suffixes[k];
                    var (latitude, longitude) = DemoMap.Near(street.Name, 4 + compounds.Count(c => c.Community.ParentId == street.Id));
                    var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, name)
                    {
                        CompoundKind = (CompoundKind)(1 + (k % 4)), Households = 120 + (37 * k), Latitude = latitude, Longitude = longitude,
                    }, cancellationToken);
                    var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, name + "小区党支部", [compound.Id])
                    {
                        Established = Since.PlusDays(compounds.Count),
                    }, cancellationToken);
                    await tree.AddChildAsync(branch.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", [])
                    {
                        Established = branch.Established,
                    }, cancellationToken);
                    if (compounds.Count < twoGroups)
                    {
                        await tree.AddChildAsync(branch.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "邻里议事党小组", [])
                        {
                            Established = branch.Established,
                        }, cancellationToken);
                    }

                    compounds.Add((compound, branch, community));
                }
            });
        }

        // Every branch gets its members and its secretary (the sweep and coverage then show the story's cases).
        await YanpingDistrictPeopleSeed.SeedAsync(root, district, compounds, cancellationToken);

        var positionKinds = options.CoBuilding.PositionKinds.Values.ToList();
        var teamKinds = options.CoBuilding.TeamKinds.Values.ToList();
        await Batch(async sp =>
        {
            var cbPartners = sp.GetRequiredService<NeighborParty.CoBuilding.PartnerService>();
            var cbDeployments = sp.GetRequiredService<NeighborParty.CoBuilding.DeploymentService>();
            for (var i = 0; i < need[Figures.Positions]; i++)
            {
                var (compound, _, _) = compounds[(i * 7) % compounds.Count];
                var kind = positionKinds[i % positionKinds.Count];
                await cbDeployments.OpenPositionAsync(kind.Key, compound.Name + kind.NameZh, compound.Id, null, Day(i, need[Figures.Positions]), cancellationToken);
            }

            for (var i = 0; i < need[Figures.Teams]; i++)
            {
                var (compound, _, community) = compounds[(i * 11) % compounds.Count];
                var kind = teamKinds[i % teamKinds.Count];
                await cbDeployments.DeployTeamAsync(kind.Key, $"{community.Name}{kind.NameZh}{(i / teamKinds.Count) + 1}队", null, community.Id, [compound.Id], Day(i, need[Figures.Teams]),
                    cancellationToken: cancellationToken);
            }

            var organs = Departments.Select(d => "延平区" + d).Concat(Departments.Select(d => "南平市" + d)).Concat(Departments.Select(d => "福建省" + d + "驻延平工作组"))
                .Where(n => n != "延平区司法局").Take(need[Figures.ParticipatingOrgans]);
            foreach (var organ in organs)
            {
                await cbPartners.RegisterAsync(new PartnerDetails(organ, PartnerCategory.GovernmentOrgan, district.Id), cancellationToken);
            }
        });

        // Activities: co-learning (楼院党课, 人工智能创客, 创业沙龙, 公益课堂) and volunteer service (助老扶困, 家电维修, 法律咨询), spread over the years.
        string[] coLearning = ["楼院党课", "人工智能创客", "创业沙龙", "公益课堂"];
        string[] volunteer = ["助老扶困", "家电维修", "法律咨询"];
        var activities = Enumerable.Range(0, need[Figures.CoLearningEvents]).Select(i => ("co-learning", coLearning[i % coLearning.Length], i, need[Figures.CoLearningEvents]))
            .Concat(Enumerable.Range(0, need[Figures.VolunteerServices]).Select(i => ("volunteer-service", volunteer[i % volunteer.Length], i, need[Figures.VolunteerServices]))).ToList();
        foreach (var chunk in activities.Chunk(100))
        {
            await Batch(async sp =>
            {
                var ledger = sp.GetRequiredService<ActivityLedger>();
                foreach (var (kind, title, i, of) in chunk)
                {
                    var (compound, branch, _) = compounds[(i * 13 + (kind == "co-learning" ? 5 : 0)) % compounds.Count];
                    var day = Day(i, of);
                    day = day < branch.Established ? branch.Established : day;
                    await ledger.RecordAsync(new NewActivity(kind, title, compound.Id, day.At(new LocalTime(15, 0)).InZoneLeniently(options.TimeZone), 20 + (i % 30), branch.Id),
                        cancellationToken);
                }
            });
        }

        // Projects (近邻项目): planned with the branch; a third running, a sixth done.
        foreach (var chunk in Enumerable.Range(0, need[Figures.Projects]).Chunk(100))
        {
            await Batch(async sp =>
            {
                var projects = sp.GetRequiredService<ProjectService>();
                foreach (var i in chunk)
                {
                    var (compound, branch, _) = compounds[(i * 17) % compounds.Count];
                    var planned = Day(i, need[Figures.Projects]);
                    planned = planned < branch.Established ? branch.Established : planned;
                    var project = await projects.PlanAsync(new NewProject(compound.Name + (i % 2 == 0 ? "停车位改造" : "楼道微更新"), branch.Id, compound.Id, planned), cancellationToken);
                    if (i % 3 == 0 && planned < today.PlusDays(-30))
                    {
                        await projects.StartAsync(project.Id, planned.PlusDays(10), cancellationToken: cancellationToken);
                        if (i % 6 == 0)
                        {
                            await projects.CompleteAsync(project.Id, planned.PlusDays(25), "已完工并经居民验收", cancellationToken: cancellationToken);
                        }
                    }
                }
            });
        }

        // Problems solved, through the platforms, over the years; and the requests still open today.
        await YanpingDistrictRequestSeed.SeedAsync(root, compounds, need[Figures.ProblemsSolved], need[Figures.Platforms], cancellationToken);
    }

    /// <summary>
    /// The regular organisational life (三会一课) of the named compounds over the last three full months: 武夷香榭 keeps
    /// all of it (theme Party days, committee and group meetings every month; an assembly and a 小院党课 every
    /// quarter); 豫轩里 holds only its theme Party days, so compliance shows it behind.
    /// </summary>
    public static async Task SeedRegularLifeAsync(IServiceProvider services, Place district, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<NeighborPartyOptions>();
        var today = services.GetRequiredService<IClock>().GetCurrentInstant().InZone(options.TimeZone).Date;
        var places = services.GetRequiredService<IReadRepository<Place>>();
        var units = services.GetRequiredService<IReadRepository<OrganizationUnit>>();
        var ledger = services.GetRequiredService<ActivityLedger>();
        var compounds = (await places.ListAsync(new PlaceSubtreeSpec(district.Path, PlaceKind.Compound), cancellationToken)).ToDictionary(c => c.Name);
        var all = await units.ListAsync(new UnitSubtreeSpec((await units.ListAsync(new ChildUnitsSpec(null), cancellationToken))[0].Path, includeDissolved: false), cancellationToken);
        OrganizationUnit Branch(string compound) => all.Single(u => u.Kind == OrganizationUnitKind.Branch && u.Places.Contains(compounds[compound].Id));
        var thisMonth = new LocalDate(today.Year, today.Month, 1);
        Task Hold(string kind, string title, string compound, OrganizationUnit unit, LocalDate day) =>
            ledger.RecordAsync(new NewActivity(kind, title, compounds[compound].Id, day.At(new LocalTime(19, 30)).InZoneLeniently(options.TimeZone), 12, unit.Id), cancellationToken);

        var wuyi = Branch("武夷香榭");
        var yuxuan = Branch("豫轩里");
        for (var m = 3; m >= 1; m--)
        {
            var month = thisMonth.PlusMonths(-m);
            await Hold("theme-party-day", "主题党日：清洁家园", "武夷香榭", wuyi, month.PlusDays(4));
            await Hold("committee-meeting", "支委会：研究近期工作", "武夷香榭", wuyi, month.PlusDays(2));
            foreach (var group in all.Where(u => u.ParentId == wuyi.Id))
            {
                await Hold("group-meeting", group.Name + "会议", "武夷香榭", group, month.PlusDays(9));
            }

            if ((month.Month - 1) % 3 == 0 || m == 3)
            {
                await Hold("member-assembly", "支部党员大会", "武夷香榭", wuyi, month.PlusDays(14));
                await Hold("courtyard-lesson", "小院党课：党章学习", "武夷香榭", wuyi, month.PlusDays(19));
            }

            await Hold("theme-party-day", "主题党日：走访困难户", "豫轩里", yuxuan, month.PlusDays(4));
        }
    }

    private sealed class ChildUnitsSpec : Specification<OrganizationUnit>
    {
        public ChildUnitsSpec(OrganizationUnitId? parent) => Query.Where(u => u.ParentId == parent);
    }
}
