using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Seeds, on first start, the Yanping places and Party organisations named in the source story
/// (../shared/seed/): the district, the streets and communities it names, the compounds 武夷香榭, 怡景嘉园, 百福小区,
/// 豫轩里, 世纪星城A区 and 第二网格小区, with buildings and groups. Numbers of households and buildings are invented
/// for the demo; the story does not say which street 马坑社区 belongs to, so the demo places it under 黄墩街道.
/// Two more compounds without a branch (水南新村, 桂花苑) and the member ledger <c>DemoData/yanping-ledger.csv</c>
/// (invented people with valid GB 11643 numbers) make the formation assessments show every kind of outcome.
/// </summary>
internal static class YanpingDemoSeed
{
    private sealed record CompoundSeed(string Name, CompoundKind Kind, int Households, int Buildings, LocalDate BranchEstablished);

    private sealed record CommunitySeed(string Name, params CompoundSeed[] Compounds);

    private sealed record StreetSeed(string Name, params CommunitySeed[] Communities);

    private static readonly StreetSeed[] Streets =
    [
        new("黄墩街道",
            new CommunitySeed("东教社区", new CompoundSeed("怡景嘉园", CompoundKind.MixedUse, 420, 6, new LocalDate(2020, 6, 1))),
            new CommunitySeed("大沟社区", new CompoundSeed("第二网格小区", CompoundKind.SelfManaged, 180, 4, new LocalDate(2020, 9, 1))),
            new CommunitySeed("马坑社区", new CompoundSeed("世纪星城A区", CompoundKind.WithPropertyService, 560, 8, new LocalDate(2020, 3, 1)))),
        new("紫云街道",
            new CommunitySeed("剑津社区", new CompoundSeed("武夷香榭", CompoundKind.Open, 310, 5, new LocalDate(2019, 7, 1)))),
        new("四鹤街道",
            new CommunitySeed("杨东社区", new CompoundSeed("百福小区", CompoundKind.WithPropertyService, 260, 4, new LocalDate(2020, 4, 1)))),
        new("水南街道",
            new CommunitySeed("江南社区", new CompoundSeed("豫轩里", CompoundKind.WithPropertyService, 480, 6, new LocalDate(2020, 5, 1)))),
    ];

    public static async Task SeedYanpingDemoAsync(this IServiceProvider services, bool includeDistrict = true, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        if ((await directory.GetDistrictsAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var district = await directory.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区") { NameEn = "Yanping District" }, cancellationToken);
        var yanping = tree.Schema.Name == HierarchySchema.Yanping.Name;
        var committee = yanping
            ? await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "中共南平市延平区委员会", [district.Id])
            {
                NameEn = "Yanping District Committee",
                Established = new LocalDate(1994, 10, 1),
            }, cancellationToken)
            : null;

        var located = 0;
        foreach (var streetSeed in Streets)
        {
            var street = await directory.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, streetSeed.Name), cancellationToken);
            var workingCommittee = committee is null ? null : await tree.AddChildAsync(committee.Id,
                new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, streetSeed.Name + "党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) },
                cancellationToken);
            foreach (var communitySeed in streetSeed.Communities)
            {
                var community = await directory.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, communitySeed.Name), cancellationToken);
                var communityCommittee = workingCommittee is null ? null : await tree.AddChildAsync(workingCommittee.Id,
                    new NewOrganizationUnit("community", OrganizationUnitKind.Committee, communitySeed.Name + "党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) },
                    cancellationToken);
                foreach (var compoundSeed in communitySeed.Compounds)
                {
                    await SeedCompoundAsync(directory, tree, community, communityCommittee, compoundSeed, DemoMap.Near(streetSeed.Name, located++), cancellationToken);
                }

                // Compounds that have no branch yet (their members are held by the community committee).
                if (communitySeed.Name is "江南社区" or "杨东社区")
                {
                    var name = communitySeed.Name == "江南社区" ? "水南新村" : "桂花苑";
                    var bare = await directory.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, name)
                    {
                        CompoundKind = CompoundKind.SelfManaged, Households = 120, Latitude = DemoMap.Near(streetSeed.Name, located).Latitude, Longitude = DemoMap.Near(streetSeed.Name, located++).Longitude,
                    }, cancellationToken);
                    for (var i = 1; i <= 2; i++)
                    {
                        await directory.RegisterAsync(bare.Id, new NewPlace(PlaceKind.Building, $"{i}号楼") { NameEn = $"Building {i}" }, cancellationToken);
                    }
                }
            }
        }

        var ledgerFile = Path.Combine(AppContext.BaseDirectory, "DemoData", "yanping-ledger.csv");
        if (yanping && File.Exists(ledgerFile))
        {
            await using var csv = File.OpenRead(ledgerFile);
            var report = await scope.ServiceProvider.GetRequiredService<LedgerImporter>().ImportAsync(csv, district.Id, cancellationToken);
            if (!report.Stored)
            {
                throw new InvalidOperationException("The demo ledger did not import: " + string.Join("; ", report.Errors.Take(5)));
            }

            await SeedStewardsAsync(scope.ServiceProvider, district, cancellationToken);
            await YanpingCoBuildingSeed.SeedAsync(scope.ServiceProvider, district, cancellationToken);
            await YanpingRequestSeed.SeedAsync(scope.ServiceProvider, district, cancellationToken);
            await YanpingCareSeed.SeedAsync(scope.ServiceProvider, district, cancellationToken);
            await YanpingDistrictSeed.SeedRegularLifeAsync(scope.ServiceProvider, district, cancellationToken);
            if (includeDistrict && committee is not null)
            {
                await YanpingDistrictSeed.SeedAsync(scope.ServiceProvider, district, committee, cancellationToken);

                // Last year's books are closed for the district: its report is frozen, later corrections are entries.
                var lastYear = scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant().InZone(scope.ServiceProvider.GetRequiredService<NeighborPartyOptions>().TimeZone).Year - 1;
                await scope.ServiceProvider.GetRequiredService<NeighborParty.Accounting.AccountingService>()
                    .CloseAsync(district.Id, NeighborParty.Accounting.ReportPeriods.Year(lastYear), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Red Stewards of the story, with dates relative to today so the demo reads the same whenever it runs:
    /// 武夷香榭's secretary 林文金 (elected last December) also chairs the owners' committee (一肩挑); the other
    /// compounds leave real gaps — a term ending within months (TR-4), one run out without an election, a resigned
    /// secretary, a committee required but missing (BR-4), a few buildings without a leader.
    /// </summary>
    private static async Task SeedStewardsAsync(IServiceProvider services, Place district, CancellationToken cancellationToken)
    {
        var stewards = services.GetRequiredService<AppointmentService>();
        var governance = services.GetRequiredService<GovernanceService>();
        var ledger = services.GetRequiredService<MemberLedger>();
        var members = services.GetRequiredService<IReadRepository<PartyMember>>();
        var units = services.GetRequiredService<IReadRepository<OrganizationUnit>>();
        var places = services.GetRequiredService<IReadRepository<Place>>();
        var options = services.GetRequiredService<NeighborPartyOptions>();
        var today = services.GetRequiredService<IClock>().GetCurrentInstant().InZone(options.TimeZone).Date;
        var compounds = (await places.ListAsync(new PlaceSubtreeSpec(district.Path, PlaceKind.Compound), cancellationToken)).ToDictionary(c => c.Name);

        async Task<(Place Compound, OrganizationUnit Branch, List<PartyMember> Full, List<Place> Buildings)> Load(string name)
        {
            var compound = compounds[name];
            var branch = (await units.ListAsync(new LiveUnitsCoveringSpec(["compound"], [compound.Id]), cancellationToken)).Single();
            var full = (await members.ListAsync(new MembersForCountingSpec(branch.Path, []), cancellationToken))
                .Where(m => m.UnitId == branch.Id && m.Status == MemberStatus.Full).OrderBy(m => m.MadeFull).ThenBy(m => m.IdNumber, StringComparer.Ordinal).ToList();
            var buildings = await places.ListAsync(new PlaceSubtreeSpec(compound.Path, PlaceKind.Building), cancellationToken);
            return (compound, branch, full, buildings);
        }

        Task<Appointment> Appoint(StewardRole role, PartyMember? member, Resident? resident, OrganizationUnit? unit, Place? place, LocalDate start,
            AppointmentBasis basis, string? grid = null) =>
            stewards.AppointAsync(new NewAppointment(role.Key, member?.Id, resident?.Id, unit?.Id, place?.Id, grid, start, null, basis), cancellationToken);

        // 武夷香榭: 林文金 elected secretary last December and chairing the owners' committee; a committee of three.
        var lastDecember = new LocalDate(today.Year - 1, 12, 1);
        var wuyi = await Load("武夷香榭");
        var lin = wuyi.Full.Single(m => m.Name == "林文金");
        await Appoint(StewardRole.Secretary, lin, null, wuyi.Branch, null, lastDecember, AppointmentBasis.ElectedByCommittee);
        var others = wuyi.Full.Where(m => m.Id != lin.Id).ToList();
        await Appoint(StewardRole.OrganisationMember, others[0], null, wuyi.Branch, null, lastDecember, AppointmentBasis.ElectedByAssembly);
        await Appoint(StewardRole.PublicityMember, others[1], null, wuyi.Branch, null, lastDecember, AppointmentBasis.ElectedByAssembly);
        await governance.SetGovernanceAsync(wuyi.Compound.Id, new CompoundGovernanceDetails(PropertyManagement.SelfManaged,
            OwnersCommittee: new OwnersCommitteeDetails(lastDecember.PlusDays(-10), new DateInterval(lastDecember, lastDecember.PlusYears(5).PlusDays(-1)),
            [
                new OwnersCommitteeSeatDetails(lin.Name, OwnersCommitteePosition.Chair, lin.Id),
                new OwnersCommitteeSeatDetails("陈美华", OwnersCommitteePosition.ViceChair),
                new OwnersCommitteeSeatDetails(others[2].Name, OwnersCommitteePosition.Member, others[2].Id),
                new OwnersCommitteeSeatDetails("郑国强", OwnersCommitteePosition.Member),
                new OwnersCommitteeSeatDetails("黄秀兰", OwnersCommitteePosition.Member),
            ])), cancellationToken: cancellationToken);
        await Appoint(StewardRole.OwnersCommitteeChair, lin, null, null, wuyi.Compound, lastDecember, AppointmentBasis.ElectedByOwners);
        await Appoint(StewardRole.OwnersCommitteeMember, others[2], null, null, wuyi.Compound, lastDecember, AppointmentBasis.ElectedByOwners);
        var respected = await ledger.RecordResidentAsync("陈美华", wuyi.Compound.Id, wuyi.Buildings[0].Id, cancellationToken: cancellationToken);
        await Appoint(StewardRole.BuildingLeader, null, respected, null, wuyi.Buildings[0], lastDecember, AppointmentBasis.AppointedLocally);
        for (var i = 1; i < wuyi.Buildings.Count - 1; i++)
        {
            var home = others.FirstOrDefault(m => m.ResidenceBuildingId == wuyi.Buildings[i].Id && m.Id != others[0].Id) ?? others[3 + i];
            await Appoint(StewardRole.BuildingLeader, home, null, null, wuyi.Buildings[i], lastDecember, AppointmentBasis.AppointedLocally);
        }

        // 豫轩里: its secretary 沈仲连 (named in the story) has a five-year term ending within three months (TR-4); one building leader.
        var yuxuan = await Load("豫轩里");
        await Appoint(StewardRole.Secretary, yuxuan.Full.Single(m => m.Name == "沈仲连"), null, yuxuan.Branch, null, today.PlusMonths(3).PlusYears(-5).PlusDays(1), AppointmentBasis.ApprovedByHigher);
        await governance.SetGovernanceAsync(yuxuan.Compound.Id, new CompoundGovernanceDetails(PropertyManagement.PropertyCompany, "南平豫轩物业服务有限公司", "05998812345"),
            cancellationToken: cancellationToken);
        await Appoint(StewardRole.BuildingLeader, yuxuan.Full.First(m => m.Name != "沈仲连"), null, null, yuxuan.Buildings[0], today.PlusYears(-1), AppointmentBasis.AppointedLocally);

        // 怡景嘉园: nine full members and only a secretary — a committee is required (BR-4).
        var yijing = await Load("怡景嘉园");
        await Appoint(StewardRole.Secretary, yijing.Full[0], null, yijing.Branch, null, today.PlusYears(-2), AppointmentBasis.ElectedByAssembly);
        await Appoint(StewardRole.PropertyLiaison, yijing.Full[1], null, null, yijing.Compound, today.PlusYears(-2), AppointmentBasis.AppointedLocally);

        // 世纪星城A区: the secretary resigned two months ago and nobody followed (a vacancy).
        var xingcheng = await Load("世纪星城A区");
        var resigned = await Appoint(StewardRole.Secretary, xingcheng.Full[0], null, xingcheng.Branch, null, today.PlusYears(-3), AppointmentBasis.ElectedByCommittee);
        await stewards.EndAsync(resigned.Id, today.PlusMonths(-2), AppointmentEndReason.Resigned, "因病辞职", cancellationToken: cancellationToken);

        // 百福小区: the secretary's term ran out half a year ago without an election (TR-3).
        var baifu = await Load("百福小区");
        await Appoint(StewardRole.Secretary, baifu.Full[0], null, baifu.Branch, null, today.PlusMonths(-6).PlusYears(-5), AppointmentBasis.ElectedByAssembly);

        // 第二网格小区: a grid worker from the branch's own members.
        var grid = await Load("第二网格小区");
        await Appoint(StewardRole.GridWorker, grid.Full[0], null, null, grid.Compound, today.PlusYears(-1), AppointmentBasis.AppointedLocally, "第二网格");

        // Building leaders (楼栋长) of the other story compounds, preferably members living in the building. Left open on
        // purpose: 武夷香榭's 5号楼, 世纪星城A区's last two buildings (waiting for its new secretary) and the buildings of
        // the two compounds that have no branch yet.
        foreach (var (site, from, to) in new[] { (yijing, 0, yijing.Buildings.Count), (baifu, 0, baifu.Buildings.Count), (yuxuan, 1, yuxuan.Buildings.Count),
            (grid, 0, grid.Buildings.Count), (xingcheng, 0, xingcheng.Buildings.Count - 2) })
        {
            var free = site.Full.Skip(site == yijing ? 2 : 1).ToList(); // not the secretary (nor 怡景嘉园's property liaison)
            for (var b = from; b < to && free.Count > 0; b++)
            {
                var leader = free.FirstOrDefault(m => m.ResidenceBuildingId == site.Buildings[b].Id) ?? free[0];
                free.Remove(leader);
                await Appoint(StewardRole.BuildingLeader, leader, null, null, site.Buildings[b], today.PlusYears(-1).PlusDays(b * 9), AppointmentBasis.AppointedLocally);
            }
        }
    }

    private static async Task SeedCompoundAsync(PlaceDirectory directory, OrganizationTree tree, Place community,
        OrganizationUnit? communityCommittee, CompoundSeed seed, (double Latitude, double Longitude) at, CancellationToken cancellationToken)
    {
        var compound = await directory.RegisterAsync(community.Id,
            new NewPlace(PlaceKind.Compound, seed.Name) { CompoundKind = seed.Kind, Households = seed.Households, Latitude = at.Latitude, Longitude = at.Longitude }, cancellationToken);
        var buildings = new List<Place>();
        for (var i = 1; i <= seed.Buildings; i++)
        {
            buildings.Add(await directory.RegisterAsync(compound.Id, new NewPlace(PlaceKind.Building, $"{i}号楼") { NameEn = $"Building {i}" }, cancellationToken));
        }

        if (communityCommittee is null)
        {
            return;
        }

        var branch = await tree.AddChildAsync(communityCommittee.Id,
            new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, seed.Name + (seed.Name.EndsWith("小区", StringComparison.Ordinal) ? "党支部" : "小区党支部"), [compound.Id]) { Established = seed.BranchEstablished },
            cancellationToken);

        // One building group for every two buildings, and two functional groups.
        for (var i = 0; i < buildings.Count; i += 2)
        {
            var covered = buildings.Skip(i).Take(2).ToList();
            await tree.AddChildAsync(branch.Id,
                new NewOrganizationUnit("building-group", OrganizationUnitKind.BuildingGroup, $"第{(i / 2) + 1}楼栋党小组", [.. covered.Select(b => b.Id)]) { Established = seed.BranchEstablished },
                cancellationToken);
        }

        await tree.AddChildAsync(branch.Id,
            new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", []) { NameEn = "Volunteer service group", Established = seed.BranchEstablished },
            cancellationToken);
        await tree.AddChildAsync(branch.Id,
            new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "邻里议事党小组", []) { NameEn = "Neighbourhood deliberation group", Established = seed.BranchEstablished },
            cancellationToken);
    }
}
