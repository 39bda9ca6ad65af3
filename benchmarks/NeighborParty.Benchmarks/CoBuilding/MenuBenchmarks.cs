using BenchmarkDotNet.Attributes;
using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Benchmarks.CoBuilding;

/// <summary>
/// Searching a menu of 10,000 offerings (200 partners, 10 categories, each serving 1–20 of 2,000 compounds) by category
/// and compound: the <see cref="MenuSpec"/> built once and evaluated again and again, against building a new
/// specification for every search, and against a hand-written LINQ filter (the baseline). Evaluation is Ardalis'
/// in-memory evaluator, the one the library's in-memory store uses; the EF Core store translates the same specification
/// to SQL (indexes on category and on the compounds served).
/// </summary>
[MemoryDiagnoser]
public class MenuBenchmarks
{
    private static readonly string[] Categories = ["legal-advice", "appliance-repair", "elderly-help", "family-service", "health", "psychology", "tutoring", "youth-activity", "public-class", "culture"];
    private List<ServiceOffering> _menu = [];
    private static readonly CoBuildingPolicy Policy = new();
    private PlaceId _compound;
    private MenuSpec _reused = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        var now = Instant.FromUtc(2026, 1, 1, 0, 0);
        var district = Place.CreateDistrict(PlaceId.New(), 1, "区", null, now);
        var street = district.AddChild(PlaceId.New(), PlaceKind.Street, "街道", null, now);
        var community = street.AddChild(PlaceId.New(), PlaceKind.Community, "社区", null, now);
        var compounds = Enumerable.Range(0, 2000).Select(i => community.AddChild(PlaceId.New(), PlaceKind.Compound, "小区" + i, null, now).Id).ToArray();
        var partners = Enumerable.Range(0, 200).Select(i => Partner.Register(PartnerId.New(), new PartnerDetails("单位" + i, PartnerCategory.ChamberOrEnterprise, district.Id), district, now)).ToArray();
        for (var i = 0; i < 10_000; i++)
        {
            var served = Enumerable.Range(0, random.Next(1, 21)).Select(_ => compounds[random.Next(compounds.Length)]).ToList();
            _menu.Add(ServiceOffering.Publish(OfferingId.New(), partners[i % partners.Length],
                new OfferingDetails(Categories[random.Next(Categories.Length)], "服务" + i, ServiceMode.Menu, 5, CapacityPeriod.Month, served), Policy, null, now));
        }

        _compound = compounds[7];
        _reused = new MenuSpec("legal-advice", _compound, take: 1000);
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLinq() =>
        _menu.Where(o => o.Active && o.Category == "legal-advice" && o.Compounds.Any(c => c.CompoundId == _compound))
            .OrderBy(o => o.Category).ThenBy(o => o.Title).ThenBy(o => o.Id).Take(1000).Count();

    [Benchmark]
    public int SpecificationReused() => _reused.Evaluate(_menu).Count();

    [Benchmark]
    public int SpecificationRebuilt() => new MenuSpec("legal-advice", _compound, take: 1000).Evaluate(_menu).Count();
}
