using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.EntityFrameworkCore;
using Npgsql;

namespace NeighborParty.Scale;

/// <summary>
/// One generated district's database: a SQLite file in the work folder, or a database on the PostgreSQL server the
/// runner was given (<c>--postgres</c> or <c>NEIGHBORPARTY_TEST_POSTGRES</c>), wired exactly as an adopter wires the
/// EF Core package.
/// </summary>
internal sealed record ScaleDatabase(string Provider, string Name, string WorkFolder, string? PostgresAdmin)
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    public string SqlitePath => Path.Combine(WorkFolder, Name + ".db");

    public string ConnectionString => Provider == Sqlite
        ? $"Data Source={SqlitePath}"
        : new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = Name, CommandTimeout = 600 }.ConnectionString;

    public static ScaleDatabase For(string provider, ScaleShape shape, string workFolder, string? postgresAdmin, string suffix = "") => provider switch
    {
        Sqlite => new ScaleDatabase(Sqlite, $"scale-{shape.Multiple}x{suffix}", workFolder, null),
        PostgreSql => new ScaleDatabase(PostgreSql, $"np_scale_{shape.Multiple}x{suffix.Replace('-', '_')}", workFolder,
            postgresAdmin ?? throw new ArgumentException("PostgreSQL needs --postgres <connection string> (bash eng/postgres.sh start prints one).")),
        _ => throw new ArgumentException($"A provider is {Sqlite} or {PostgreSql}, not '{provider}'."),
    };

    /// <summary>The library with this database behind it, and an actor accessor the steps set.</summary>
    public ServiceProvider Services()
    {
        // Nothing remembered between repeats (ReportCache): the runner measures making each report, not remembering it.
        var services = new ServiceCollection().AddNeighborParty(o => o.ReportCacheDuration = NodaTime.Duration.Zero);
        Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder>? trace = CommandTrace.Enabled ? o => o.AddInterceptors(new CommandTrace()) : null;
        _ = Provider == Sqlite ? services.AddNeighborPartySqlite(ConnectionString, trace) : services.AddNeighborPartyPostgreSql(ConnectionString, trace);
        return services.BuildServiceProvider();
    }

    /// <summary>Drops whatever is there and makes an empty, migrated database.</summary>
    public async Task CreateAsync()
    {
        await DropAsync();
        if (Provider == PostgreSql)
        {
            await AdminAsync($"CREATE DATABASE \"{Name}\"");
        }

        await using var services = Services();
        await services.MigrateNeighborPartyDatabaseAsync();
    }

    /// <summary>Applies the migrations this build has and the database lacks (a database kept from an earlier run), then refreshes its statistics.</summary>
    public async Task MigrateAsync()
    {
        await using (var services = Services())
        {
            await services.MigrateNeighborPartyDatabaseAsync();
        }

        await SettleAsync();
    }

    /// <summary>Refreshes statistics (and, on PostgreSQL, the visibility map that index-only scans need): <c>VACUUM ANALYZE</c> / <c>ANALYZE</c>.</summary>
    public async Task SettleAsync()
    {
        await using var connection = Provider == Sqlite ? (System.Data.Common.DbConnection)new SqliteConnection(ConnectionString) : new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Provider == Sqlite ? "ANALYZE" : "VACUUM ANALYZE";
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Copies this database (a file copy; a PostgreSQL template) to a throwaway one that an import may change.</summary>
    public async Task<ScaleDatabase> CopyAsync(string suffix)
    {
        var copy = this with { Name = Provider == Sqlite ? Name + suffix : Name + suffix.Replace('-', '_') };
        await copy.DropAsync();
        if (Provider == Sqlite)
        {
            await using (var connection = new SqliteConnection(ConnectionString))
            {
                await connection.OpenAsync();
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync();
            }

            SqliteConnection.ClearAllPools();
            File.Copy(SqlitePath, copy.SqlitePath, overwrite: true);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"CREATE DATABASE \"{copy.Name}\" TEMPLATE \"{Name}\"");
        }

        return copy;
    }

    public async Task DropAsync()
    {
        if (Provider == Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
    }

    /// <summary>Gets the size of the stored data (the file, or the database), in bytes.</summary>
    public async Task<long> SizeAsync()
    {
        if (Provider == Sqlite)
        {
            return new FileInfo(SqlitePath).Length + (File.Exists(SqlitePath + "-wal") ? new FileInfo(SqlitePath + "-wal").Length : 0);
        }

        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pg_database_size('{Name}')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
