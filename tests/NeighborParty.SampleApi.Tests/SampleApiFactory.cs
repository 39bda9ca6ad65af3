using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests;

/// <summary>The sample host on its own temporary SQLite file, seeded with the Yanping demo data.</summary>
public class SampleApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neighborparty-api-").FullName;

    /// <summary>Gets a value indicating whether the whole district is seeded (the story's figures), not just the named demo.</summary>
    protected virtual bool SeedDistrictFigures => false;

    /// <summary>
    /// Gets the rate limits the host runs with: on, but far above what a test class sends, so that every test passes
    /// through the limiter without being refused; the rate-limit tests set tiny limits instead.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> RateLimits { get; } = new Dictionary<string, string>
    {
        ["RateLimiting:Api:PermitLimit"] = "1000000",
        ["RateLimiting:Tokens:PermitLimit"] = "1000000",
        ["RateLimiting:Open311Read:PermitLimit"] = "1000000",
        ["RateLimiting:Open311Write:PermitLimit"] = "1000000",
        ["RateLimiting:LedgerFiles:PermitLimit"] = "1000000",
    };

    /// <summary>Gets the SQLite file the host uses.</summary>
    public string DatabasePath => Path.Combine(_folder, "api.db");

    /// <summary>A client whose requests carry a token for <paramref name="actor"/>.</summary>
    public HttpClient CreateClientFor(Actor actor, bool ifMatchAny = false)
    {
        var client = ifMatchAny ? CreateDefaultClient(new IfMatchAnyHandler()) : CreateClient();
        var (token, _) = Services.GetRequiredService<TokenIssuer>().Issue(actor);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client acting as the system actor that overwrites without version checks (If-Match: *).</summary>
    public HttpClient CreateSystemClient() => CreateClientFor(new Actor("test:system", ActorKind.System, Guid.Empty), ifMatchAny: true);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:NeighborParty", $"Data Source={DatabasePath}");
        builder.UseSetting("NeighborParty:SeedDemoData", "true");
        builder.UseSetting("NeighborParty:SeedDistrictFigures", SeedDistrictFigures ? "true" : "false"); // the rest of the district takes ~20 s; one test class needs it
        foreach (var (key, value) in RateLimits)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The folder is temporary; a file still held open is removed with it by the OS later.
        }
    }

    private sealed class IfMatchAnyHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Get && request.Headers.IfMatch.Count == 0)
            {
                request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
