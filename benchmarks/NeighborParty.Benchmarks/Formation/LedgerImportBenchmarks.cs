using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Benchmarks.Formation;

/// <summary>
/// Importing a ledger CSV into the in-memory store: <see cref="LedgerImporter"/> (streaming, checks every row, one
/// batch) against a naive import that reads all lines, splits them and records members one by one through
/// <see cref="MemberLedger"/>. The naive one is quadratic in the ledger size (every record looks up the ID number),
/// so the comparison runs at 20,000 rows; the importer alone also runs a 1,000,000-row file.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Jobs))]
public class LedgerImportBenchmarks
{
    /// <summary>Workstation GC (a console tool) and server GC (the default of an ASP.NET Core host, where imports run).</summary>
    private sealed class Jobs : ManualConfig
    {
        public Jobs()
        {
            var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3);
            AddJob(job.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(job.WithGcServer(true).WithId("ServerGC"));
        }
    }

    private string _file = string.Empty;
    private World _world = null!;

    [Params(20_000, 1_000_000)]
    public int Rows { get; set; }

    private sealed class World
    {
        public required InMemoryRepository<PartyMember, PartyMemberId> Members { get; init; }

        public required LedgerImporter Importer { get; init; }

        public required MemberLedger Ledger { get; init; }

        public required Place District { get; init; }

        public required Dictionary<string, Place> Compounds { get; init; }

        public required OrganizationUnit Community { get; init; }
    }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"neighborparty-ledger-{Rows}.csv");
        LedgerGenerator.WriteCsv(_file, Rows);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [IterationSetup]
    public void Fresh()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0));
        var options = new NeighborPartyOptions { Clock = clock };
        var places = new InMemoryRepository<Place, PlaceId>();
        var units = new InMemoryRepository<OrganizationUnit, OrganizationUnitId>();
        var now = clock.GetCurrentInstant();
        var district = Place.CreateDistrict(PlaceId.New(), 1, "区", null, now);
        var street = district.AddChild(PlaceId.New(), PlaceKind.Street, "街道", null, now);
        var community = street.AddChild(PlaceId.New(), PlaceKind.Community, "社区", null, now);
        var compounds = Enumerable.Range(0, 1000).Select(i => community.AddChild(PlaceId.New(), PlaceKind.Compound, "小区" + i, null, now)).ToList();
        places.AddRangeAsync([district, street, community, .. compounds]).GetAwaiter().GetResult();
        var schema = options.Schema;
        var root = OrganizationUnit.CreateRoot(OrganizationUnitId.New(), schema.GetLevel("district"), OrganizationUnitKind.Committee, "区委", null, 1, [district.Id], new LocalDate(2000, 1, 1), now);
        var streetUnit = root.AddChild(OrganizationUnitId.New(), schema.GetLevel("street"), OrganizationUnitKind.WorkingCommittee, "街道党工委", null, [street.Id], new LocalDate(2002, 1, 1), now);
        var communityUnit = streetUnit.AddChild(OrganizationUnitId.New(), schema.GetLevel("community"), OrganizationUnitKind.Committee, "社区党委", null, [community.Id], new LocalDate(2010, 1, 1), now);
        units.AddRangeAsync([root, streetUnit, communityUnit]).GetAwaiter().GetResult();
        var members = new InMemoryRepository<PartyMember, PartyMemberId>();
        var ledger = new MemberLedger(members, new InMemoryRepository<Resident, ResidentId>(), units, places, options, clock);
        _world = new World
        {
            Members = members,
            Ledger = ledger,
            Importer = new LedgerImporter(members, units, places, options, clock),
            District = district,
            Compounds = compounds.ToDictionary(c => c.Name),
            Community = communityUnit,
        };
        GC.Collect();
    }

    [Benchmark(Baseline = true)]
    public int NaiveLineByLine()
    {
        if (Rows > 20_000)
        {
            return 0; // quadratic: not run at this size
        }

        var added = 0;
        foreach (var line in File.ReadAllLines(_file, Encoding.UTF8).Skip(1))
        {
            var f = line.Split(',');
            var details = new MemberDetails(f[0], f[1], LocalDate.FromDateTime(DateTime.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)), MemberCategory.Retired)
            {
                Phone = f[3],
                MadeFull = f[5].Length == 0 ? null : LocalDate.FromDateTime(DateTime.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture)),
                ResidenceCompoundId = _world.Compounds[f[10]].Id,
            };
            _world.Ledger.RecordAsync(details, MemberRelationship.InUnit(_world.Community.Id)).GetAwaiter().GetResult();
            added++;
        }

        return added;
    }

    [Benchmark]
    public int Importer()
    {
        using var stream = File.OpenRead(_file);
        var report = _world.Importer.ImportAsync(stream, _world.District.Id).GetAwaiter().GetResult();
        return report.Stored ? report.Added : throw new InvalidOperationException(string.Join("; ", report.Errors.Take(3)));
    }
}
