using NeighborParty.Domain;

namespace NeighborParty.Common;

/// <summary>
/// Base of the library's aggregate roots: an identity and the domain events recorded since the last save.
/// </summary>
/// <typeparam name="TId">The identity type, a <c>readonly record struct</c>.</typeparam>
/// <remarks>Instances are not thread-safe; load, change and store one aggregate per unit of work.</remarks>
public abstract class AggregateRoot<TId> : IAggregateRoot, IHasDomainEvents
    where TId : struct
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Initializes a new instance of the <see cref="AggregateRoot{TId}"/> class.</summary>
    /// <param name="id">The identity.</param>
    protected AggregateRoot(TId id) => Id = id;

    /// <summary>Gets the identity of the aggregate.</summary>
    public TId Id { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <inheritdoc />
    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>Records <paramref name="domainEvent"/> to be dispatched after the aggregate is stored.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    protected void Raise(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        _domainEvents.Add(domainEvent);
    }
}
