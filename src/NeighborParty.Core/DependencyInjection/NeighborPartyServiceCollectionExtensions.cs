using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty;

/// <summary>
/// The library's single DI entry point.
/// </summary>
public static class NeighborPartyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the NeighborParty domain services: the options, the clock, the organisation tree, the place
    /// directory, the scope checker, the access guard and the domain-event dispatcher; and thread-safe in-memory repositories unless a
    /// persistence package (or your own code) has registered repositories already.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (schema, clock, time zone, policies); optional.</param>
    /// <returns>The same collection.</returns>
    /// <remarks>
    /// Uses <c>TryAdd</c> throughout: a second call changes nothing and an earlier registration of yours wins. Register
    /// persistence (e.g. <c>AddNeighborPartyEntityFrameworkCore</c>) before or after; it replaces the in-memory store.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options are invalid.</exception>
    public static IServiceCollection AddNeighborParty(this IServiceCollection services, Action<NeighborPartyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(NeighborPartyMarker)))
        {
            return services;
        }

        var options = new NeighborPartyOptions();
        configure?.Invoke(options);
        options.Validate();

        services.AddSingleton<NeighborPartyMarker>();
        services.TryAddSingleton(options);
        services.TryAddSingleton(options.Clock ?? SystemClock.Instance);
        services.TryAddScoped<IDomainEventDispatcher, ServiceProviderDomainEventDispatcher>();

        services.TryAddSingleton<InMemoryRepository<Place, PlaceId>>(sp => new InMemoryRepository<Place, PlaceId>(new ServiceProviderDomainEventDispatcher(sp)));
        services.TryAddSingleton<InMemoryRepository<OrganizationUnit, OrganizationUnitId>>(sp => new InMemoryRepository<OrganizationUnit, OrganizationUnitId>(new ServiceProviderDomainEventDispatcher(sp)));
        services.TryAddScoped<IRepository<Place>>(sp => sp.GetRequiredService<InMemoryRepository<Place, PlaceId>>());
        services.TryAddScoped<IReadRepository<Place>>(sp => sp.GetRequiredService<IRepository<Place>>());
        services.TryAddScoped<IRepository<OrganizationUnit>>(sp => sp.GetRequiredService<InMemoryRepository<OrganizationUnit, OrganizationUnitId>>());
        services.TryAddScoped<IReadRepository<OrganizationUnit>>(sp => sp.GetRequiredService<IRepository<OrganizationUnit>>());

        services.TryAddScoped<OrganizationTree>();
        services.TryAddScoped<PlaceDirectory>();
        services.TryAddScoped<IScopeChecker, OrganizationScopeChecker>();

        // Who acts: a host registers its own accessor (from its authentication) before or after this call.
        services.TryAddScoped<IActorAccessor, NoActorAccessor>();
        services.TryAddScoped<AccessGuard>();
        return services;
    }

    private sealed class NeighborPartyMarker;

    private sealed class NoActorAccessor : IActorAccessor
    {
        public Actor? Current => null;
    }
}
