using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.EntityFrameworkCore;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Benchmarks.Accounting;

/// <summary>
/// The district report over a year: 1,000,000 activities (seven kinds, three years) at the compounds of a 20,000-place
/// tree (1 district, 20 streets, 400 communities, 19,579 compounds), drilled down by street. In memory:
/// <see cref="InMemoryRollUpSource.Count"/> (one pass) against a naive LINQ count per child and figure (the baseline).
/// </summary>
[MemoryDiagnoser]
public class RollUpInMemoryBenchmarks
{
    private RollUpQuery _query = null!;
    private RollUpData _data = null!;
    private List<HierarchyPath> _streets = [];

    [GlobalSetup]
    public void Setup()
    {
        var world = RollUpData1M.Build();
        (_query, _streets) = (world.Query, world.Streets);
        _data = new RollUpData([], [], [], [], [], world.Activities, [], []);
    }

    [Benchmark(Baseline = true)]
    public long NaivePerNodeLinq()
    {
        var (from, to) = (_query.Days.Start, _query.Days.End);
        long total = 0;
        foreach (var street in _streets)
        {
            foreach (var (_, kinds) in _query.KindsByFigure)
            {
                total += _data.Activities.Count(a => a.PlacePath.IsWithin(street) && a.Day >= from && a.Day <= to && kinds.Contains(a.Kind));
            }

            total += _data.Activities.Count(a => a.PlacePath.IsWithin(street) && a.Day >= from && a.Day <= to);
        }

        return total;
    }

    [Benchmark]
    public long OnePass() => InMemoryRollUpSource.Count(_query, _data).Totals[Figures.Activities];
}

/// <summary>
/// The same roll-up on a SQLite file: the library's SQL aggregation (every figure; the other tables are empty) against
/// one hand-written <c>GROUP BY</c> of the activities (the baseline). Target: within 2×.
/// </summary>
[MemoryDiagnoser]
public class RollUpSqliteBenchmarks
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"np-bench-rollup-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private RollUpQuery _query = null!;
    private SqliteConnection _connection = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var world = RollUpData1M.Build();
        _query = world.Query;
        var services = new ServiceCollection();
        services.AddNeighborParty();
        services.AddNeighborPartySqlite($"Data Source={_file}");
        _services = services.BuildServiceProvider();
        await _services.MigrateNeighborPartyDatabaseAsync();

        // A million rows through ADO.NET in one transaction, in the columns' stored formats (EF Core would take minutes).
        await using (var connection = new SqliteConnection($"Data Source={_file}"))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO "Activities" ("Id","Kind","Title","UnitId","UnitPathHigh","UnitPathLow","PlaceId","PlacePathHigh","PlacePathLow","StartsAt","TimeZone","Day","Participants","Version")
                VALUES ($id,$kind,'活动',NULL,0,0,$place,$high,$low,$starts,'Asia/Shanghai',$day,10,1)
                """;
            var p = new[] { "$id", "$kind", "$place", "$high", "$low", "$starts", "$day" }.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
            foreach (var a in world.Activities)
            {
                p[0].Value = a.Id.Value.ToString().ToUpperInvariant();
                p[1].Value = a.Kind;
                p[2].Value = a.PlaceId.Value.ToString().ToUpperInvariant();
                p[3].Value = a.Place.PathHigh;
                p[4].Value = a.Place.PathLow;
                p[5].Value = a.StartsAt.ToUnixTimeTicks();
                p[6].Value = a.Day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }

        _connection = new SqliteConnection($"Data Source={_file};Mode=ReadOnly");
        await _connection.OpenAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _connection.DisposeAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Benchmark(Baseline = true)]
    public async Task<long> HandWrittenGroupBy()
    {
        _query.Node.GetSubtreeBounds(out var hMin, out var hMax, out var lMin, out var lMax);
        HierarchyPath.GetPrefixMasks(_query.ChildDepth, out var hm, out var lm);
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT "PlacePathHigh" & $hm, "PlacePathLow" & $lm, "Kind", COUNT(*) FROM "Activities"
            WHERE "Day" >= $from AND "Day" <= $to AND "PlacePathHigh" BETWEEN $hmin AND $hmax AND "PlacePathLow" BETWEEN $lmin AND $lmax
            GROUP BY 1, 2, 3
            """;
        foreach (var (name, value) in new (string, object)[] { ("$hm", hm), ("$lm", lm), ("$hmin", hMin), ("$hmax", hMax), ("$lmin", lMin), ("$lmax", lMax),
            ("$from", _query.Days.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), ("$to", _query.Days.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)) })
        {
            command.Parameters.AddWithValue(name, value);
        }

        long total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            total += reader.GetInt64(3);
        }

        return total;
    }

    [Benchmark]
    public async Task<long> LibraryRollUp()
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IRollUpSource>().CountAsync(_query)).Totals[Figures.Activities];
    }
}

/// <summary>Generates the million activities and the year's query.</summary>
internal static class RollUpData1M
{
    public static (RollUpQuery Query, List<HierarchyPath> Streets, List<Activity> Activities) Build(int activities = 1_000_000, int seed = 23)
    {
        var random = new Random(seed);
        var start = Instant.FromUtc(2024, 1, 1, 0, 0);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var district = Place.CreateDistrict(PlaceId.New(), 1, "区", null, start);
        var streets = Enumerable.Range(0, 20).Select(s => district.AddChild(PlaceId.New(), PlaceKind.Street, "街道" + s, null, start)).ToList();
        var communities = streets.SelectMany(s => Enumerable.Range(0, 20).Select(c => s.AddChild(PlaceId.New(), PlaceKind.Community, s.Name + "社区" + c, null, start))).ToList();
        var compounds = Enumerable.Range(0, 20_000 - 1 - streets.Count - communities.Count)
            .Select(i => communities[i % communities.Count].AddChild(PlaceId.New(), PlaceKind.Compound, "小区" + i, null, start)).ToList();
        var policy = new ActivityPolicy();
        string[] kinds = ["co-learning", "volunteer-service", "member-assembly", "theme-party-day", "neighbourhood-festival", "group-meeting", "service-delivery"];
        var list = new List<Activity>(activities);
        var first = new LocalDate(2024, 1, 1);
        var recorded = Instant.FromUtc(2027, 1, 1, 0, 0);
        for (var i = 0; i < activities; i++)
        {
            var day = first.PlusDays(random.Next(0, 3 * 365));
            var compound = compounds[random.Next(compounds.Count)];
            var held = new NewActivity(kinds[random.Next(kinds.Length)], "活动", compound.Id, day.At(new LocalTime(15, 0)).InZoneLeniently(zone), 10);
            list.Add(Activity.Record(ActivityId.New(), held, policy, null, compound, recorded));
        }

        var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        IReadOnlyList<string> Of(ActivityCategory c) => [.. policy.Kinds.Values.Where(k => k.Category == c).Select(k => k.Key)];
        var query = new RollUpQuery(district.Path, year, year.Start.AtStartOfDayInZone(zone).ToInstant(), year.End.PlusDays(1).AtStartOfDayInZone(zone).ToInstant(), ["compound"],
            new Dictionary<string, IReadOnlyList<string>>
            {
                [Figures.CoLearningEvents] = Of(ActivityCategory.CoLearning), [Figures.VolunteerServices] = Of(ActivityCategory.VolunteerService),
                [Figures.OrganisationalLife] = Of(ActivityCategory.OrganisationalLife), [Figures.NeighbourhoodEvents] = Of(ActivityCategory.NeighbourhoodEvent),
                [Figures.ServiceDeliveries] = Of(ActivityCategory.ServiceDelivery),
            });
        return (query, [.. streets.Select(s => s.Path)], list);
    }
}
