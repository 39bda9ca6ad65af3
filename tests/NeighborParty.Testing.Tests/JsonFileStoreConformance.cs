using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Testing.Tests.JsonFile;

namespace NeighborParty.Testing.Tests;

/// <summary>A store an outsider wrote — one JSON file, no database, no internals — passes the kit (the worked example of docs/storage.md).</summary>
public sealed class JsonFileStoreConformance : StorageConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neighborparty-json-").FullName;

    protected override void AddStorage(IServiceCollection services) => services.AddJsonFileStore(Path.Combine(_folder, "neighborparty.json"));

    protected override Task CleanUpStorageAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
