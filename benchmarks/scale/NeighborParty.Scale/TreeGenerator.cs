using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Scale;

/// <summary>
/// Builds the two trees of an N× district with the aggregates' own steps (<see cref="Place.AddChild"/>,
/// <see cref="OrganizationUnit.AddChild"/>: every invariant of a node is checked by the node) and stores them a street
/// at a time through the library's repositories and unit of work — each street one commit of a few hundred new
/// aggregates, which the EF Core store writes in bulk. Also writes the ledger (党员台账) and activity (活动台账) files
/// the import steps read.
/// </summary>
internal static class TreeGenerator
{
    public static readonly LocalDate Established = new(2000, 1, 1);

    public static async Task<TreeCounts> RunAsync(ScaleDatabase database, ScaleShape shape, string ledgerFile, string activityFile)
    {
        await database.CreateAsync();
        await using var services = database.Services();
        var now = SystemClockNow();
        var today = now.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
        var schema = HierarchySchema.Yanping;
        var district = Place.CreateDistrict(PlaceId.New(), 1, $"延平区（{shape}）", $"Yanping ({shape})", now);
        var root = OrganizationUnit.CreateRoot(OrganizationUnitId.New(), schema.GetLevel("district"), OrganizationUnitKind.Committee, "中共延平区委员会", null, 1,
            [district.Id], Established, today, now);
        var counts = new TreeCounts();
        await using var ledger = new LedgerFile(ledgerFile);
        await using var activities = new ActivityFile(activityFile, shape, today);

        // The streets first, so the district and its committee are final (their last child segment) when first written.
        var streets = new List<(Place Street, OrganizationUnit Unit)>();
        for (var s = 1; s <= shape.Streets; s++)
        {
            var street = district.AddChild(PlaceId.New(), PlaceKind.Street, $"街道{s:000}", null, now);
            streets.Add((street, root.AddChild(OrganizationUnitId.New(), schema.GetLevel("street"), OrganizationUnitKind.WorkingCommittee, $"街道{s:000}党工委", null,
                [street.Id], Established.PlusYears(2), today, now)));
        }

        var first = true;
        foreach (var (street, streetUnit) in streets)
        {
            var places = new List<Place>();
            var units = new List<OrganizationUnit>();
            if (first)
            {
                places.Add(district);
                units.Add(root);
                first = false;
            }

            places.Add(street);
            units.Add(streetUnit);
            for (var c = 1; c <= ScaleShape.CommunitiesPerStreet; c++)
            {
                var community = street.AddChild(PlaceId.New(), PlaceKind.Community, $"{street.Name}社区{c}", null, now);
                var communityUnit = streetUnit.AddChild(OrganizationUnitId.New(), schema.GetLevel("community"), OrganizationUnitKind.Committee, $"{community.Name}党委", null,
                    [community.Id], Established.PlusYears(10), today, now);
                places.Add(community);
                units.Add(communityUnit);
                activities.AddPlace(community, communityUnit);
                for (var k = 1; k <= ScaleShape.CompoundsPerCommunity; k++)
                {
                    var compound = community.AddChild(PlaceId.New(), PlaceKind.Compound, $"{community.Name}小区{k}", null, now);
                    places.Add(compound);
                    var buildings = Enumerable.Range(1, ScaleShape.BuildingsPerCompound).Select(b => compound.AddChild(PlaceId.New(), PlaceKind.Building, $"{b}号楼", null, now)).ToList();
                    places.AddRange(buildings);
                    OrganizationUnit? branch = null;
                    if (counts.Compounds % ScaleShape.CompoundWithoutBranchEvery != 3)
                    {
                        branch = communityUnit.AddChild(OrganizationUnitId.New(), schema.GetLevel("compound"), OrganizationUnitKind.Branch, $"{compound.Name}党支部", null,
                            [compound.Id], new LocalDate(2019, 7, 1).PlusDays(counts.Compounds % 700), today, now);
                        units.Add(branch);
                        foreach (var group in new[] { "志愿服务党小组", "邻里议事党小组" })
                        {
                            units.Add(branch.AddChild(OrganizationUnitId.New(), schema.GetLevel("functional-group"), OrganizationUnitKind.FunctionalGroup, group, null, [],
                                branch.Established, today, now));
                        }

                        counts.Branches++;
                    }

                    counts.Compounds++;
                    ledger.AddCompound(compound, buildings, branch ?? communityUnit, counts.Compounds);
                    activities.AddPlace(compound, branch);
                }
            }

            counts.Places += places.Count;
            counts.Units += units.Count;
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IRepository<Place>>().AddRange(places);
            scope.ServiceProvider.GetRequiredService<IRepository<OrganizationUnit>>().AddRange(units);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync();
        }

        counts.Members = ledger.Rows;
        counts.DistrictId = district.Id.Value;
        counts.RootUnitId = root.Id.Value;
        return counts;
    }

    /// <summary>Now, from the system clock: the generated district is as of the day it is generated.</summary>
    public static Instant SystemClockNow() => SystemClock.Instance.GetCurrentInstant();

    public static LocalDate Today() => SystemClockNow().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
}

/// <summary>What the tree step made.</summary>
internal sealed class TreeCounts
{
    public int Places { get; set; }

    public int Units { get; set; }

    public int Compounds { get; set; }

    public int Branches { get; set; }

    public int Members { get; set; }

    public Guid DistrictId { get; set; }

    public Guid RootUnitId { get; set; }
}
