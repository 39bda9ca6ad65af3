using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighborParty.Persistence;

namespace NeighborParty.Testing.Tests.JsonFile;

/// <summary>Registers the JSON-file store: the three things docs/storage.md says a store provides.</summary>
public static class JsonFileStoreExtensions
{
    public static IServiceCollection AddJsonFileStore(this IServiceCollection services, string path)
    {
        services.Replace(ServiceDescriptor.Singleton(new JsonFile(path)));
        services.Replace(ServiceDescriptor.Singleton(new JsonFileSnapshots()));
        services.Replace(ServiceDescriptor.Scoped<IAggregateStore, JsonFileStore>());
        LibraryAggregates.Accept(new Readers(services));

        // No IRollUpSource of its own: the library's default counts over the readers above.
        return services;
    }

    private sealed class Readers(IServiceCollection services) : IAggregateTypeVisitor
    {
        public void Visit<TAggregate, TSnapshot>()
            where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
            where TSnapshot : class =>
            services.Replace(ServiceDescriptor.Scoped<IReadRepository<TAggregate>, JsonFileRepository<TAggregate, TSnapshot>>());
    }
}
