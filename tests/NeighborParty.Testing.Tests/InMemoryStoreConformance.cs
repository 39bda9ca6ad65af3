using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Testing;

namespace NeighborParty.Testing.Tests;

/// <summary>The library's own in-memory store (what <c>AddNeighborParty</c> registers when no store is added) passes the kit.</summary>
public sealed class InMemoryStoreConformance : StorageConformanceTests
{
    protected override void AddStorage(IServiceCollection services)
    {
        // Nothing to add: the default store is the one under test.
    }
}
