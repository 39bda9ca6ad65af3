using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Testing;

namespace NeighborParty.EntityFrameworkCore.Tests.Conformance;

/// <summary>The EF Core package on a SQLite file passes the storage conformance kit (a fresh, migrated file per test).</summary>
public sealed class SqliteConformance : StorageConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neighborparty-conformance-").FullName;

    protected override void AddStorage(IServiceCollection services) => services.AddNeighborPartySqlite($"Data Source={Path.Combine(_folder, "neighborparty.db")}");

    protected override Task PrepareStorageAsync(IServiceProvider services) => services.MigrateNeighborPartyDatabaseAsync();

    protected override Task CleanUpStorageAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
