using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>A fresh library on the in-memory store, with the places and units the generated ledger names.</summary>
    internal sealed class World
    {
        public required IRepository<PartyMember> Members { get; init; }

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
    public void Fresh() => _world = BuildWorld();

    /// <summary>The library as an adopter wires it, on a fresh in-memory store: one district, street and community, 1,000 compounds.</summary>
    /// <returns>The world.</returns>
    internal static World BuildWorld()
    {
        // The library as an adopter wires it, on a fresh in-memory store: one district, street and community, 1,000 compounds.
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0));
        var services = new ServiceCollection().AddNeighborParty(o => o.Clock = clock).BuildServiceProvider().CreateScope().ServiceProvider;
        T Get<T>()
            where T : notnull => services.GetRequiredService<T>();
        var places = Get<PlaceDirectory>();
        var tree = Get<OrganizationTree>();
        var district = places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "区")).GetAwaiter().GetResult();
        var street = places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "街道")).GetAwaiter().GetResult();
        var community = places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "社区")).GetAwaiter().GetResult();
        var compounds = Enumerable.Range(0, 1000).Select(i => places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "小区" + i)).GetAwaiter().GetResult()).ToList();
        var root = tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(2000, 1, 1) }).GetAwaiter().GetResult();
        var streetUnit = tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) })
            .GetAwaiter().GetResult();
        var communityUnit = tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "社区党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) })
            .GetAwaiter().GetResult();
        var world = new World
        {
            Members = Get<IRepository<PartyMember>>(),
            Ledger = Get<MemberLedger>(),
            Importer = Get<LedgerImporter>(),
            District = district,
            Compounds = compounds.ToDictionary(c => c.Name),
            Community = communityUnit,
        };
        GC.Collect();
        return world;
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
