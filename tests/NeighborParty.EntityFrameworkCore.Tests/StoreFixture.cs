using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>
/// A real, migrated database wired as an adopter would: a SQLite file in a temporary folder, or a fresh database on
/// the PostgreSQL server named by <c>NEIGHBORPARTY_TEST_POSTGRES</c> (dropped afterwards).
/// </summary>
public sealed class StoreFixture : IAsyncDisposable
{
    public const string PostgresVariable = "NEIGHBORPARTY_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _database;

    private StoreFixture(string provider, string? folder, string? adminConnection, string? database, TestActorAccessor actors, Action<IServiceCollection>? configure,
        Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder>? options)
    {
        Provider = provider;
        _folder = folder;
        _adminConnection = adminConnection;
        _database = database;
        Actors = actors;
        Clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0));
        var services = new ServiceCollection().AddNeighborParty(o => o.Clock = Clock);
        services.AddSingleton<IActorAccessor>(actors);
        configure?.Invoke(services);
        if (provider == "sqlite")
        {
            services.AddNeighborPartySqlite($"Data Source={DatabasePath}", options);
        }
        else
        {
            services.AddNeighborPartyPostgreSql(new NpgsqlConnectionStringBuilder(adminConnection) { Database = database }.ConnectionString, options);
        }

        Services = services.BuildServiceProvider();
    }

    /// <summary>
    /// The providers to test: SQLite always; PostgreSQL when <c>NEIGHBORPARTY_TEST_POSTGRES</c> is set, and always in
    /// CI (<c>CI=true</c>), where a missing server must fail rather than be skipped silently.
    /// </summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable))
                || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                data.Add("postgresql");
            }

            return data;
        }
    }

    public string Provider { get; }

    public string DatabasePath => Path.Combine(_folder ?? throw new InvalidOperationException("Not SQLite."), "neighborparty.db");

    public FakeClock Clock { get; }

    public TestActorAccessor Actors { get; }

    public ServiceProvider Services { get; }

    public static async Task<StoreFixture> CreateAsync(string provider, Action<IServiceCollection>? configure = null,
        Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder>? options = null)
    {
        StoreFixture fixture;
        if (provider == "sqlite")
        {
            fixture = new StoreFixture(provider, Directory.CreateTempSubdirectory("neighborparty-ef-").FullName, null, null, new TestActorAccessor(), configure, options);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException($"Set {PostgresVariable} to a PostgreSQL connection string (bash eng/postgres.sh start prints one).");
            }

            var database = "np_test_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            fixture = new StoreFixture(provider, null, admin, database, new TestActorAccessor(), configure, options);
        }

        await fixture.Services.MigrateNeighborPartyDatabaseAsync();
        return fixture;
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>An actor accessor a test sets directly.</summary>
public sealed class TestActorAccessor : IActorAccessor
{
    public Actor? Current { get; set; }
}
