using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.Tests.Durability;

/// <summary>
/// Starts the host as its own process on a SQLite file, runs a write load, kills it without warning, restarts it on
/// the same file and finds every write that had been answered 2xx.
/// </summary>
public sealed class KillAndRestartTests : IDisposable
{
    private const string SigningKey = "kill-and-restart-test-signing-key-0123456789abcdef";
    private readonly string _folder = Directory.CreateTempSubdirectory("neighborparty-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ConnectionStrings__NeighborParty"] = $"Data Source={Path.Combine(_folder, "durable.db")}",
        ["ASPNETCORE_ENVIRONMENT"] = "Development", // demo data is seeded only in Development (security finding 11)
        ["NeighborParty__SeedDemoData"] = "true",
        ["NeighborParty__SeedDistrictFigures"] = "false",
        ["RateLimiting__Enabled"] = "false", // one actor writes as fast as it can on purpose
        ["Authentication__Jwt__SigningKey"] = SigningKey,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static HttpClient Client(Uri address)
    {
        var issuer = new TokenIssuer(Options.Create(new JwtOptions { SigningKey = SigningKey }), SystemClock.Instance);
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Issue(new Actor("test:load", ActorKind.System, Guid.Empty)).Token);
        return client;
    }

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill()
    {
        var acknowledged = new ConcurrentDictionary<string, string>();
        List<string> compounds;
        using (var host = await HostProcess.StartAsync(Environment()))
        {
            using var client = Client(host.Address);
            var district = (await client.GetFromJsonAsync<JsonArray>("/api/places"))![0]!;
            compounds = (await client.GetFromJsonAsync<JsonArray>($"/api/places/{district["id"]}/subtree?kind=Compound"))!
                .Select(c => (string)c!["id"]!).ToList();

            // One writer per compound registers buildings as fast as it can; the process is killed mid-flight.
            using var stop = new CancellationTokenSource();
            var writers = compounds.Select((compound, w) => Task.Run(async () =>
            {
                using var own = Client(host.Address);
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var name = $"W{w}-{i}号楼";
                    try
                    {
                        var response = await own.PostAsJsonAsync($"/api/places/{compound}/children", new { kind = "Building", name });
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                            acknowledged[(string)body["id"]!] = name;
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException)
                    {
                        return; // the host is gone: whatever was not answered 2xx may or may not be there
                    }
                }
            })).ToList();

            while (acknowledged.Count < 150)
            {
                await Task.Delay(20);
            }

            host.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= 150);
        using var restarted = await HostProcess.StartAsync(Environment());
        using var reader = Client(restarted.Address);
        var found = new HashSet<string>();
        foreach (var compound in compounds)
        {
            foreach (var child in (await reader.GetFromJsonAsync<JsonArray>($"/api/places/{compound}/children"))!)
            {
                found.Add((string)child!["id"]!);
                if (acknowledged.TryGetValue((string)child["id"]!, out var name))
                {
                    Assert.Equal(name, (string)child["name"]!);
                }
            }
        }

        var lost = acknowledged.Keys.Where(id => !found.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged writes are gone after the kill");

        // And the store is still healthy and writable after the crash.
        var after = await reader.PostAsJsonAsync($"/api/places/{compounds[0]}/children", new { kind = "Building", name = "重启后" });
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        var journal = await reader.GetStringAsync("/health");
        Assert.Contains("Healthy", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sqlite_file_runs_in_wal_mode()
    {
        using (var host = await HostProcess.StartAsync(Environment()))
        {
            host.Kill();
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "durable.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string)(await command.ExecuteScalarAsync())!);
    }
}
