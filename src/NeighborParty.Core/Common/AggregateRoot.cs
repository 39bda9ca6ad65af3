using NeighborParty.Domain;

namespace NeighborParty.Common;

/// <summary>
/// Base of the library's aggregate roots: an identity, the stored version, and the domain events recorded since the
/// last commit.
/// </summary>
/// <typeparam name="TId">The identity type, a strongly typed id.</typeparam>
/// <remarks>Instances are not thread-safe; load, change and commit one aggregate per unit of work.</remarks>
public abstract class AggregateRoot<TId> : IAggregateRoot, IHasDomainEvents, IStoredVersion, IStoredSnapshot
    where TId : struct, IStronglyTypedId<TId>
{
    private List<IDomainEvent>? _domainEvents; // allocated on the first event: most loaded aggregates never raise one

    /// <inheritdoc />
    object? IStoredSnapshot.StoredSnapshot { get; set; }

    /// <summary>Initializes a new instance of the <see cref="AggregateRoot{TId}"/> class.</summary>
    /// <param name="id">The identity.</param>
    protected AggregateRoot(TId id) => Id = id;

    /// <summary>Gets the identity of the aggregate.</summary>
    public TId Id { get; private set; }

    /// <inheritdoc />
    Guid IAggregateRoot.Key => Id.Value;

    /// <summary>
    /// Gets the stored version: 0 until the aggregate is first stored, 1 after that, and one more on every stored
    /// change. A commit stores a change only if the stored version is still this one, so a change made from a stale
    /// copy is refused rather than lost; hosts show it as an entity tag (ETag).
    /// </summary>
    public long Version { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => (IReadOnlyList<IDomainEvent>?)_domainEvents ?? [];

    /// <inheritdoc />
    public void ClearDomainEvents() => _domainEvents?.Clear();

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

    /// <inheritdoc />
    void IStoredVersion.SetStoredVersion(long version) => Version = version;

    /// <summary>Sets the stored version of an aggregate rebuilt from a snapshot (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
    /// <param name="version">The stored version, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    protected void RestoreVersion(long version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Version = version;
    }

    /// <summary>Records <paramref name="domainEvent"/> to be dispatched when the aggregate is committed.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    protected void Raise(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        (_domainEvents ??= []).Add(domainEvent);
    }
}
