using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace NeighborParty.SampleApi.Tests;

/// <summary>The sample chooses its provider from configuration: the same host on PostgreSQL (where one is configured, and always in CI).</summary>
public sealed class PostgreSqlHostTests
{
    private sealed class PostgreSqlFactory(string connectionString) : SampleApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NeighborParty:Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:NeighborParty", connectionString);
        }
    }

    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string>();
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEIGHBORPARTY_TEST_POSTGRES"))
                || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                data.Add("postgresql");
            }
            else
            {
                data.Add("sqlite"); // without a server the same checks run on the default provider
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_host_migrates_seeds_and_serves_on_the_configured_provider(string provider)
    {
        string? admin = null;
        string? database = null;
        SampleApiFactory factory;
        if (provider == "postgresql")
        {
            admin = Environment.GetEnvironmentVariable("NEIGHBORPARTY_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set NEIGHBORPARTY_TEST_POSTGRES (bash eng/postgres.sh start).");
            database = "np_host_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            factory = new PostgreSqlFactory(new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString);
        }
        else
        {
            factory = new SampleApiFactory();
        }

        try
        {
            var client = factory.CreateSystemClient();
            var health = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/health"))!;
            Assert.Equal("Healthy", (string)health["status"]!);
            Assert.Contains(provider == "postgresql" ? "Npgsql" : "Sqlite", (string)health["checks"]!["database"]!["description"]!, StringComparison.Ordinal);
            var root = (await client.GetFromJsonAsync<JsonArray>("/api/units"))![0]!;
            var subtree = (await client.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!;
            Assert.Contains(subtree, u => (string)u!["name"]! == "武夷香榭小区党支部");
            var trail = (await client.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/audit?take=500"))!;
            Assert.Equal(subtree.Count, trail.Count(e => (string)e!["action"]! == "unit.established"));
        }
        finally
        {
            factory.Dispose();
            if (admin is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }
}
