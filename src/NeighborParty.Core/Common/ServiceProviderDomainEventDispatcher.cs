using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Domain;

namespace NeighborParty.Common;

/// <summary>
/// Delivers each domain event to every <see cref="IDomainEventHandler{TEvent}"/> registered for its type, in order.
/// </summary>
/// <remarks>Thread-safe. Handlers are resolved from the provider given at construction (the caller's scope).</remarks>
public sealed class ServiceProviderDomainEventDispatcher : IDomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, Task>> Invokers = new();
    private static readonly MethodInfo DispatchOneMethod = typeof(ServiceProviderDomainEventDispatcher).GetMethod(nameof(DispatchOneAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly IServiceProvider _services;

    /// <summary>Initializes a new instance of the <see cref="ServiceProviderDomainEventDispatcher"/> class.</summary>
    /// <param name="services">Where handlers are resolved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public ServiceProviderDomainEventDispatcher(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
    }

    /// <inheritdoc />
    public async Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        foreach (var domainEvent in domainEvents)
        {
            var invoker = Invokers.GetOrAdd(domainEvent.GetType(), static type =>
                DispatchOneMethod.MakeGenericMethod(type).CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, Task>>());
            await invoker(_services, domainEvent, cancellationToken);
        }
    }

    private static async Task DispatchOneAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
        }
    }
}
