using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace NeighborParty.SampleApi.Tests;

/// <summary>The sample host on its own temporary SQLite file, seeded with the Yanping demo data.</summary>
public sealed class SampleApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neighborparty-api-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:NeighborParty", $"Data Source={Path.Combine(_folder, "api.db")}");
        builder.UseSetting("NeighborParty:SeedDemoData", "true");
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
}
