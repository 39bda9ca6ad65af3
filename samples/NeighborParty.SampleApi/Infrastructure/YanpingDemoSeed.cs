using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
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

    public static async Task SeedYanpingDemoAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
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
                    await SeedCompoundAsync(directory, tree, community, communityCommittee, compoundSeed, cancellationToken);
                }

                // Compounds that have no branch yet (their members are held by the community committee).
                if (communitySeed.Name is "江南社区" or "杨东社区")
                {
                    var name = communitySeed.Name == "江南社区" ? "水南新村" : "桂花苑";
                    var bare = await directory.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, name) { CompoundKind = CompoundKind.SelfManaged, Households = 120 }, cancellationToken);
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
        }
    }

    private static async Task SeedCompoundAsync(PlaceDirectory directory, OrganizationTree tree, Place community,
        OrganizationUnit? communityCommittee, CompoundSeed seed, CancellationToken cancellationToken)
    {
        var compound = await directory.RegisterAsync(community.Id,
            new NewPlace(PlaceKind.Compound, seed.Name) { CompoundKind = seed.Kind, Households = seed.Households }, cancellationToken);
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
