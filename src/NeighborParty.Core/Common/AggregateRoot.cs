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

    /// <summary>
    /// Gets the stored version: 0 until the aggregate is first stored, 1 after that, and one more on every stored
    /// change. Repositories check it on update, so a change made from a stale copy is refused rather than lost;
    /// hosts show it as an entity tag (ETag).
    /// </summary>
    public long Version { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <inheritdoc />
    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>
    /// Refuses the operation when the caller's expected version is not the stored one (the host's <c>If-Match</c>).
    /// </summary>
    /// <param name="expectedVersion">The version the caller last saw, or <see langword="null"/> to skip the check.</param>
    /// <param name="target">What the version belongs to, for the message (e.g. <c>unit</c>).</param>
    /// <exception cref="RuleViolationException">The versions differ (<c>NP-CON-001</c>, precondition failed).</exception>
    public void EnsureVersion(long? expectedVersion, string target)
    {
        if (expectedVersion is { } expected && expected != Version)
        {
            throw new RuleViolationException(ConcurrencyRules.StaleVersion(target, expected, Version));
        }
    }

    /// <summary>Sets the stored version; used by the in-memory repository (EF Core sets it through its model).</summary>
    /// <param name="version">The new version.</param>
    internal void SetVersion(long version) => Version = version;

    /// <summary>Records <paramref name="domainEvent"/> to be dispatched after the aggregate is stored.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    protected void Raise(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        _domainEvents.Add(domainEvent);
    }
}
