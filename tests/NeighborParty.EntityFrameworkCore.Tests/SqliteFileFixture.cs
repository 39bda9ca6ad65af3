using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>A real SQLite file in a temporary folder, migrated, with the library wired as an adopter would.</summary>
public sealed class SqliteFileFixture : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neighborparty-ef-").FullName;

    public SqliteFileFixture()
    {
        DatabasePath = Path.Combine(_folder, "neighborparty.db");
        Clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0));
        Services = new ServiceCollection()
            .AddNeighborParty(o => o.Clock = Clock)
            .AddNeighborPartySqlite($"Data Source={DatabasePath}")
            .BuildServiceProvider();
        Services.MigrateNeighborPartyDatabaseAsync().GetAwaiter().GetResult();
    }

    public string DatabasePath { get; }

    public FakeClock Clock { get; }

    public ServiceProvider Services { get; }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
