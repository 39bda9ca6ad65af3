using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.EntityFrameworkCore;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.Benchmarks.Requests;

/// <summary>
/// Listing the open requests of one category across a district of 20,000 compounds (100,000 requests, seven
/// categories, about half still open), newest first, one page of 100 — the district office's daily view.
/// In memory: <see cref="RequestSearchSpec"/> through Ardalis' evaluator (what the in-memory store runs) against a
/// hand-written LINQ filter (the baseline). On SQLite, in a second class: the same specification through the
/// library's repository (one indexed SQL query, whole aggregates) against hand-written SQL reading the page's rows
/// with ADO.NET (the floor).
/// </summary>
[MemoryDiagnoser]
public class OpenRequestsInMemoryBenchmarks
{
    private List<ResidentRequest> _requests = [];
    private HierarchyPath _district;
    private RequestSearchSpec _spec = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_district, _requests) = RequestData.Build(20_000, 5);
        _spec = new RequestSearchSpec(new RequestSearch(_district, Categories: ["parking"], Status: RequestStatusFilter.Open));
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLinq()
    {
        _district.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        return _requests.Where(r => r.Compound.PathHigh >= highMin && r.Compound.PathHigh <= highMax && r.Compound.PathLow >= lowMin && r.Compound.PathLow <= lowMax
                && r.Category == "parking" && r.IsOpen)
            .OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Take(100).Count();
    }

    [Benchmark]
    public int Specification() => _spec.Evaluate(_requests).Count();
}

/// <summary>The same listing on a SQLite file: the specification through the repository against hand-written SQL.</summary>
[MemoryDiagnoser]
public class OpenRequestsSqliteBenchmarks
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"np-bench-requests-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private HierarchyPath _district;
    private SqliteConnection _connection = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var (district, requests) = RequestData.Build(20_000, 5);
        _district = district;
        var services = new ServiceCollection();
        services.AddNeighborParty();
        services.AddNeighborPartySqlite($"Data Source={_file}");
        _services = services.BuildServiceProvider();
        await _services.MigrateNeighborPartyDatabaseAsync();
        foreach (var chunk in requests.Chunk(10_000))
        {
            await using var scope = _services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SqliteNeighborPartyDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(chunk);
            await db.SaveChangesAsync();
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
    public async Task<int> HandWrittenSql()
    {
        _district.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "Category", "Channel", "Description", "State", "ReceivedAt", "DueAt", "CompoundId", "AssigneeName"
            FROM "ResidentRequests"
            WHERE "CompoundPathHigh" BETWEEN $hmin AND $hmax AND "CompoundPathLow" BETWEEN $lmin AND $lmax AND "Category" = 'parking' AND "State" IN (1, 2, 3, 4)
            ORDER BY "ReceivedAt" DESC, "Id" LIMIT 100
            """;
        command.Parameters.AddWithValue("$hmin", highMin);
        command.Parameters.AddWithValue("$hmax", highMax);
        command.Parameters.AddWithValue("$lmin", lowMin);
        command.Parameters.AddWithValue("$lmax", lowMax);
        var count = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetGuid(7));
            count++;
        }

        return count;
    }

    [Benchmark]
    public async Task<int> SpecificationThroughRepository()
    {
        await using var scope = _services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IReadRepository<ResidentRequest>>();
        return (await repository.ListAsync(new RequestSearchSpec(new RequestSearch(_district, Categories: ["parking"], Status: RequestStatusFilter.Open)))).Count;
    }
}

/// <summary>Generates a district's requests.</summary>
internal static class RequestData
{
    private static readonly string[] Categories = ["water-leak", "lighting", "parking", "sanitation", "neighbour-dispute", "facilities", "other"];
    /// <summary>The answers the library's catalogue requires (a leak's floor, the facility concerned).</summary>
    private static Dictionary<string, string>? Answers(string category) => category switch
    {
        "water-leak" => new() { ["floor"] = "3" },
        "facilities" => new() { ["facility"] = "lift" },
        _ => null,
    };

    private static readonly string[] Channels = ["doorstep-post", "listening-garden", "deliberation-pavilion", "neighbour-point", "wechat-group", "hotline", "in-person"];

    /// <summary>20 streets, 10 communities each, the compounds spread over them; every compound gets <paramref name="perCompound"/> requests over a year.</summary>
    public static (HierarchyPath District, List<ResidentRequest> Requests) Build(int compounds, int perCompound, int seed = 17)
    {
        var random = new Random(seed);
        var policy = new RequestPolicy();
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var district = Place.CreateDistrict(PlaceId.New(), 1, "区", null, start);
        var communities = Enumerable.Range(0, 20).Select(s => district.AddChild(PlaceId.New(), PlaceKind.Street, "街道" + s, null, start))
            .SelectMany(street => Enumerable.Range(0, 10).Select(c => street.AddChild(PlaceId.New(), PlaceKind.Community, street.Name + "社区" + c, null, start))).ToList();
        var requests = new List<ResidentRequest>(compounds * perCompound);
        for (var i = 0; i < compounds; i++)
        {
            var compound = communities[i % communities.Count].AddChild(PlaceId.New(), PlaceKind.Compound, "小区" + i, null, start);
            for (var j = 0; j < perCompound; j++)
            {
                var at = start + Duration.FromMinutes(random.Next(0, 525_600));
                var category = Categories[random.Next(Categories.Length)];
                var sent = new NewRequest(category, Channels[random.Next(Channels.Length)], compound.Id, "诉求" + j, Attributes: Answers(category));
                var request = ResidentRequest.Receive(RequestId.New(), sent, policy, compound, null, "bench", at);
                var state = random.Next(8); // 0–3 stay open at some step; 4–7 are resolved or closed
                Action<Instant>[] steps =
                [
                    t => request.Accept("bench", t), t => request.Assign(AssigneeKind.Branch, null, "支部", "bench", t), t => request.Start("bench", t),
                    t => request.Resolve("已处理", "bench", t), t => request.Close(5, null, "bench", t),
                ];
                for (var k = 0; k < Math.Min(state, steps.Length); k++)
                {
                    steps[k](at + Duration.FromHours(k + 1));
                }

                request.ClearDomainEvents();
                requests.Add(request);
            }
        }

        return (district.Path, requests);
    }
}
