using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Events;
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
    /// Registers the NeighborParty domain services: the options, the clock, the unit of work, the repositories, the
    /// services of every capability, the scope checker, the access guard and the domain-event handlers; and the
    /// thread-safe in-memory store unless a storage package (or your own code) registers one.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (schema, clock, time zone, policies); optional.</param>
    /// <returns>The same collection.</returns>
    /// <remarks>
    /// Uses <c>TryAdd</c> throughout: a second call changes nothing and an earlier registration of yours wins. A store
    /// provides <see cref="IAggregateStore"/> and an <see cref="IReadRepository{T}"/> per aggregate of
    /// <see cref="LibraryAggregates"/>: register it before this call (kept by <c>TryAdd</c>) or after it with
    /// <c>services.Replace</c> (as the EF Core package does); see <c>docs/storage.md</c>. The library adds the <see cref="IUnitOfWork"/> and the <see cref="IRepository{T}"/>
    /// over them.
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

        // Storage: the in-memory store unless one is registered; the unit of work and the repositories over any store.
        services.TryAddSingleton(_ => CreateInMemoryStore());
        services.TryAddScoped<IAggregateStore>(sp => sp.GetRequiredService<InMemoryStore>());
        services.TryAddSingleton<Security.ActorScopeCache>();
        services.TryAddSingleton<Accounting.ReportCache>();
        services.TryAddScoped<UnitOfWork>();
        services.TryAddScoped<IUnitOfWork>(sp => sp.GetRequiredService<UnitOfWork>());
        LibraryAggregates.Accept(new InMemoryRegistrar(services));
        services.TryAddScoped<Accounting.IRollUpSource, Accounting.InMemoryRollUpSource>(); // the EF Core package registers SQL aggregation instead
        services.TryAddScoped<IAggregateQueries>(sp => sp.GetRequiredService<IAggregateStore>() is InMemoryStore store
            ? new InMemoryAggregateQueries(store) : new RepositoryAggregateQueries(sp)); // the EF Core package runs them as SQL

        services.TryAddScoped<PlaceDirectory>();
        services.TryAddScoped<OrganizationTree>();
        services.TryAddScoped<IScopeChecker, OrganizationScopeChecker>();
        services.TryAddScoped<MemberLedger>();
        services.TryAddScoped<Membership.Csv.LedgerImporter>();
        services.TryAddScoped<FormationService>();
        services.TryAddScoped<Stewards.AppointmentService>();
        services.TryAddScoped<Stewards.GovernanceService>();
        services.TryAddScoped<Stewards.StewardReports>();
        services.TryAddScoped<CoBuilding.PartnerService>();
        services.TryAddScoped<CoBuilding.CovenantService>();
        services.TryAddScoped<CoBuilding.MenuService>();
        services.TryAddScoped<CoBuilding.DeploymentService>();
        services.TryAddScoped<Activities.ActivityLedger>();
        services.TryAddScoped<Activities.Csv.ActivityImporter>();
        services.TryAddScoped<Activities.ProjectService>();
        services.TryAddScoped<Requests.RequestDesk>();
        services.TryAddScoped<Requests.DeliberationService>();
        services.TryAddScoped<Care.CareService>();
        services.TryAddScoped<Accounting.PeriodGuard>();
        services.TryAddScoped<Accounting.AccountingService>();
        services.TryAddScoped<Accounting.ComplianceService>();

        // The use cases: one call per thing a host offers, for an acting actor (authorization, load, change, one commit).
        services.TryAddScoped<Application.UseCaseContext>();
        services.TryAddScoped<Application.OrganizationUseCases>();
        services.TryAddScoped<Application.PlaceUseCases>();
        services.TryAddScoped<Application.MemberUseCases>();
        services.TryAddScoped<Application.ResidentUseCases>();
        services.TryAddScoped<Application.LedgerFileUseCases>();
        services.TryAddScoped<Application.ActivityFileUseCases>();
        services.TryAddScoped<Application.FormationUseCases>();
        services.TryAddScoped<Application.StewardUseCases>();
        services.TryAddScoped<Application.PartnerUseCases>();
        services.TryAddScoped<Application.CovenantUseCases>();
        services.TryAddScoped<Application.MenuUseCases>();
        services.TryAddScoped<Application.DeploymentUseCases>();
        services.TryAddScoped<Application.RequestUseCases>();
        services.TryAddScoped<Application.WishUseCases>();
        services.TryAddScoped<Application.DeliberationUseCases>();
        services.TryAddScoped<Application.AccountingUseCases>();
        services.TryAddScoped<Application.ProjectUseCases>();
        services.TryAddScoped<Application.CareUseCases>();

        // Domain-event handlers: they run inside the commit that raised the event, and their changes join it.
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<CoBuilding.ServiceOrderDelivered>, Activities.RecordDeliveredOrders>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<Activities.ActivityRecorded>, CoBuilding.FulfilCommitmentsOnActivity>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<CoBuilding.ServiceOrderDelivered>, CoBuilding.FulfilCommitmentsOnDelivery>());
        FollowMovedUnits<PartyMember>(services);
        FollowMovedUnits<Stewards.Appointment>(services);
        FollowMovedUnits<CoBuilding.Covenant>(services);
        FollowMovedUnits<Activities.Activity>(services);
        FollowMovedUnits<Auditing.AuditEntry>(services);

        // Who acts: a host registers its own accessor (from its authentication) before or after this call.
        services.TryAddScoped<IActorAccessor, NoActorAccessor>();
        services.TryAddScoped<AccessGuard>();
        return services;
    }

    private static InMemoryStore CreateInMemoryStore()
    {
        var store = new InMemoryStore();
        LibraryAggregates.Accept(new InMemoryTables(store));
        return store;
    }

    private static void FollowMovedUnits<T>(IServiceCollection services)
        where T : class, IAggregateRoot, IPlaced<T> =>
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<OrganizationUnitMoved>, PositionsFollowMovedUnits<T>>());

    private sealed class NeighborPartyMarker;

    private sealed class NoActorAccessor : IActorAccessor
    {
        public Actor? Current => null;
    }

    /// <summary>Registers the in-memory reader (unless a store registered one) and the library's repository of each aggregate.</summary>
    private sealed class InMemoryRegistrar(IServiceCollection services) : IAggregateTypeVisitor
    {
        public void Visit<TAggregate, TSnapshot>()
            where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
            where TSnapshot : class
        {
            services.TryAddScoped<IReadRepository<TAggregate>>(sp => new InMemoryRepository<TAggregate, TSnapshot>(sp.GetRequiredService<InMemoryStore>()));
            services.TryAddScoped<IRepository<TAggregate>, Repository<TAggregate>>();
        }
    }

    /// <summary>Adds the in-memory tables, with the unique keys the EF Core store keeps as unique indexes.</summary>
    private sealed class InMemoryTables(InMemoryStore store) : IAggregateTypeVisitor
    {
        public void Visit<TAggregate, TSnapshot>()
            where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
            where TSnapshot : class => store.AddTable<TAggregate, TSnapshot>(a => LibraryAggregates.UniqueKeyOf(a));
    }
}
