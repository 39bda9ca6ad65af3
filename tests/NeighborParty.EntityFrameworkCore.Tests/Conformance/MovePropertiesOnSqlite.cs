using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Testing;

namespace NeighborParty.EntityFrameworkCore.Tests.Conformance;

/// <summary>Positions follow moves in SQL too: the property of the Core tests on a real SQLite file (fewer runs: each migrates a file).</summary>
public sealed class MovePropertiesOnSqlite
{
    public static Arbitrary<int[]> Steps() => Gen.Choose(0, int.MaxValue / 2).ArrayOf().ToArbitrary();

    [Property(MaxTest = 6, Arbitrary = [typeof(MovePropertiesOnSqlite)])]
    public Property Subtree_queries_of_every_kind_agree_with_the_parents_after_any_creates_and_moves(int[] steps)
    {
        var folder = Directory.CreateTempSubdirectory("neighborparty-moves-").FullName;
        try
        {
            var services = new ServiceCollection().AddNeighborParty(ConformanceWorld.Configure);
            services.AddNeighborPartySqlite($"Data Source={Path.Combine(folder, "moves.db")}");
            using var provider = services.BuildServiceProvider();
            provider.MigrateNeighborPartyDatabaseAsync().GetAwaiter().GetResult();
            var world = ConformanceWorld.BuildAsync(provider).GetAwaiter().GetResult();
            var done = steps.Take(12).Select(step => world.StepAsync(provider, step).GetAwaiter().GetResult()).ToList();
            using var scope = provider.CreateScope();
            var problems = TreeOracle.FindDisagreementsAsync(scope.ServiceProvider).GetAwaiter().GetResult();
            return (problems.Count == 0).Label($"after {string.Join("; ", done)}: {string.Join(" | ", problems.Take(3))}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
