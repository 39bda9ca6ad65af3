using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Domain;

namespace NeighborParty.Common;

/// <summary>
/// Delivers each domain event to every <see cref="IDomainEventHandler{TEvent}"/> registered for its type, in order.
/// </summary>
/// <remarks>Thread-safe. Handlers are resolved from the provider given at construction (the caller's scope), once per event type and call.</remarks>
public sealed class ServiceProviderDomainEventDispatcher : IDomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, Dictionary<Type, object>, CancellationToken, Task>> Invokers = new();
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

        // Handlers are resolved once per event type and call (a large import raises many events of few types).
        var handlers = new Dictionary<Type, object>();
        foreach (var domainEvent in domainEvents)
        {
            var invoker = Invokers.GetOrAdd(domainEvent.GetType(), static type =>
                DispatchOneMethod.MakeGenericMethod(type).CreateDelegate<Func<IServiceProvider, IDomainEvent, Dictionary<Type, object>, CancellationToken, Task>>());
            await invoker(_services, domainEvent, handlers, cancellationToken);
        }
    }

    private static async Task DispatchOneAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, Dictionary<Type, object> handlers, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        if (!handlers.TryGetValue(typeof(TEvent), out var resolved))
        {
            handlers[typeof(TEvent)] = resolved = services.GetServices<IDomainEventHandler<TEvent>>().ToArray();
        }

        foreach (var handler in (IDomainEventHandler<TEvent>[])resolved)
        {
            await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
        }
    }
}
