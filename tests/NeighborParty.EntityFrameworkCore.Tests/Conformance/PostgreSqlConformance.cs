using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Testing;
using Npgsql;

namespace NeighborParty.EntityFrameworkCore.Tests.Conformance;

/// <summary>The EF Core package on PostgreSQL passes the storage conformance kit (a fresh database per test, dropped afterwards).</summary>
public sealed class PostgreSqlConformance : StorageConformanceTests
{
    private readonly string _admin = Environment.GetEnvironmentVariable(StoreFixture.PostgresVariable) is { Length: > 0 } admin ? admin
        : throw new InvalidOperationException($"Set {StoreFixture.PostgresVariable} to a PostgreSQL connection string (bash eng/postgres.sh start prints one).");

    private readonly string _database = "np_conformance_" + Guid.NewGuid().ToString("N");

    protected override void AddStorage(IServiceCollection services) =>
        services.AddNeighborPartyPostgreSql(new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString);

    protected override async Task PrepareStorageAsync(IServiceProvider services)
    {
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        await services.MigrateNeighborPartyDatabaseAsync();
    }

    protected override async Task CleanUpStorageAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
