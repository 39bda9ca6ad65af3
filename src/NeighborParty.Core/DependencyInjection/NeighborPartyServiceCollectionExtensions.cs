using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Formation;
using NeighborParty.Membership;
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
    /// persistence (e.g. <c>AddNeighborPartySqlite</c>) before or after; it replaces the in-memory store. The in-memory
    /// store keeps an audit trail too, recorded with the scope's <see cref="IActorAccessor"/> (none: the system actor).
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

        services.TryAddSingleton<InMemoryRepository<Place, PlaceId>>(sp => new InMemoryRepository<Place, PlaceId>(new ScopedDispatcher(sp.GetRequiredService<IServiceScopeFactory>()), p => (p.PathHigh, p.PathLow)));
        services.TryAddSingleton<InMemoryRepository<OrganizationUnit, OrganizationUnitId>>(sp => new InMemoryRepository<OrganizationUnit, OrganizationUnitId>(new ScopedDispatcher(sp.GetRequiredService<IServiceScopeFactory>()), u => (u.PathHigh, u.PathLow)));
        services.TryAddSingleton(_ => new InMemoryRepository<AuditEntry, AuditEntryId>());

        // The stores are shared; each scope writes through an audited face that knows the scope's actor.
        services.TryAddScoped<IRepository<Place>>(sp => new AuditedRepository<Place>(
            sp.GetRequiredService<InMemoryRepository<Place, PlaceId>>(), sp.GetRequiredService<InMemoryRepository<AuditEntry, AuditEntryId>>(), sp.GetRequiredService<IActorAccessor>()));
        services.TryAddScoped<IReadRepository<Place>>(sp => sp.GetRequiredService<IRepository<Place>>());
        services.TryAddScoped<IRepository<OrganizationUnit>>(sp => new AuditedRepository<OrganizationUnit>(
            sp.GetRequiredService<InMemoryRepository<OrganizationUnit, OrganizationUnitId>>(), sp.GetRequiredService<InMemoryRepository<AuditEntry, AuditEntryId>>(), sp.GetRequiredService<IActorAccessor>()));
        services.TryAddScoped<IReadRepository<OrganizationUnit>>(sp => sp.GetRequiredService<IRepository<OrganizationUnit>>());
        services.TryAddScoped<IReadRepository<AuditEntry>>(sp => sp.GetRequiredService<InMemoryRepository<AuditEntry, AuditEntryId>>());
        AddInMemory<PartyMember, PartyMemberId>(services, m => m.IdNumber);
        AddInMemory<Resident, ResidentId>(services, null);
        AddInMemory<Stewards.Appointment, Stewards.AppointmentId>(services, null);
        AddInMemory<Stewards.CompoundGovernance, Stewards.CompoundGovernanceId>(services, g => g.CompoundId);
        AddInMemory<CoBuilding.Partner, CoBuilding.PartnerId>(services, null);
        AddInMemory<CoBuilding.Covenant, CoBuilding.CovenantId>(services, null);
        AddInMemory<CoBuilding.ServiceOffering, CoBuilding.OfferingId>(services, null);
        AddInMemory<CoBuilding.ServiceOrder, CoBuilding.ServiceOrderId>(services, null);
        AddInMemory<CoBuilding.Position, CoBuilding.PositionId>(services, null);
        AddInMemory<CoBuilding.DeployedTeam, CoBuilding.DeployedTeamId>(services, null);
        AddInMemory<CoBuilding.DeputyMotion, CoBuilding.MotionId>(services, null);
        AddInMemory<Activities.Activity, Activities.ActivityId>(services, null);
        AddInMemory<Requests.ResidentRequest, Requests.RequestId>(services, null);
        AddInMemory<Requests.MicroWish, Requests.MicroWishId>(services, null);
        AddInMemory<Requests.Deliberation, Requests.DeliberationId>(services, null);
        AddInMemory<Activities.Project, Activities.ProjectId>(services, null);
        AddInMemory<Accounting.PeriodClosing, Accounting.PeriodClosingId>(services, null);
        AddInMemory<Accounting.FigureCorrection, Accounting.CorrectionId>(services, null);

        services.TryAddScoped<OrganizationTree>();
        services.TryAddScoped<MemberLedger>();
        services.TryAddScoped<FormationService>();
        services.TryAddScoped<Stewards.StewardService>();
        services.TryAddScoped<CoBuilding.CoBuildingService>();
        services.TryAddScoped<Activities.ActivityLedger>();
        services.TryAddScoped<Requests.RequestDesk>();
        services.TryAddScoped<Requests.DeliberationService>();
        services.TryAddScoped<Activities.ProjectService>();
        services.TryAddScoped<Accounting.PeriodGuard>();
        services.TryAddScoped<Accounting.AccountingService>();
        services.TryAddScoped<Accounting.ComplianceService>();
        services.TryAddScoped<Accounting.IRollUpSource, Accounting.InMemoryRollUpSource>(); // the EF Core package registers SQL aggregation instead
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<CoBuilding.ServiceOrderDelivered>, Activities.RecordDeliveredOrders>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<Activities.ActivityRecorded>, CoBuilding.FulfilCommitmentsOnActivity>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<CoBuilding.ServiceOrderDelivered>, CoBuilding.FulfilCommitmentsOnDelivery>());
        services.TryAddScoped<NeighborParty.Membership.Csv.LedgerImporter>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<NeighborParty.Organization.Events.OrganizationUnitMoved>, MembersFollowMovedUnits>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainEventHandler<NeighborParty.Organization.Events.OrganizationUnitMoved>, Stewards.AppointmentsFollowMovedUnits>());
        services.TryAddScoped<PlaceDirectory>();
        services.TryAddScoped<IScopeChecker, OrganizationScopeChecker>();

        // Who acts: a host registers its own accessor (from its authentication) before or after this call.
        services.TryAddScoped<IActorAccessor, NoActorAccessor>();
        services.TryAddScoped<AccessGuard>();
        return services;
    }

    private static void AddInMemory<T, TId>(IServiceCollection services, Func<T, object>? uniqueKey)
        where T : AggregateRoot<TId>
        where TId : struct
    {
        // The unique keys mirror the EF Core store's unique indexes (tree positions, ID-card numbers).
        services.TryAddSingleton(sp => uniqueKey is null
            ? new InMemoryRepository<T, TId>(new ScopedDispatcher(sp.GetRequiredService<IServiceScopeFactory>()))
            : new InMemoryRepository<T, TId>(new ScopedDispatcher(sp.GetRequiredService<IServiceScopeFactory>()), uniqueKey));
        services.TryAddScoped<IRepository<T>>(sp => new AuditedRepository<T>(
            sp.GetRequiredService<InMemoryRepository<T, TId>>(), sp.GetRequiredService<InMemoryRepository<AuditEntry, AuditEntryId>>(), sp.GetRequiredService<IActorAccessor>()));
        services.TryAddScoped<IReadRepository<T>>(sp => sp.GetRequiredService<IRepository<T>>());
    }

    private sealed class NeighborPartyMarker;

    /// <summary>The shared in-memory stores outlive every scope: each dispatch resolves the handlers in a scope of its own.</summary>
    private sealed class ScopedDispatcher(IServiceScopeFactory scopes) : IDomainEventDispatcher
    {
        public async Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken = default)
        {
            await using var scope = scopes.CreateAsyncScope();
            await new ServiceProviderDomainEventDispatcher(scope.ServiceProvider).DispatchAsync(domainEvents, cancellationToken);
        }
    }

    private sealed class NoActorAccessor : IActorAccessor
    {
        public Actor? Current => null;
    }
}
