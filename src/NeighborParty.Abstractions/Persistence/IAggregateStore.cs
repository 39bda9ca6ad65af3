namespace NeighborParty.Persistence;

/// <summary>
/// The one write a storage package performs for the library's unit of work: a whole commit, atomically, with version
/// checks. Together with an <see cref="IReadRepository{T}"/> per aggregate (and the library's roll-up source), it is
/// all a store must provide; <c>docs/storage.md</c> describes the contract and <c>NeighborParty.Testing</c> checks it.
/// </summary>
/// <remarks>
/// A store must: add an aggregate only if its <see cref="Domain.IAggregateRoot.Key"/> is free; update or remove one
/// only if the stored version equals <see cref="AggregateChange.ExpectedVersion"/>; keep
/// <see cref="AggregateChange.NewVersion"/>; keep its unique keys unique; and write all changes of a call or none.
/// Every refusal — a stale version, an aggregate key already added, a unique key another aggregate holds — is thrown
/// as <c>RuleViolationException</c> with <c>ConcurrencyRules.ConcurrentChange()</c> (<c>NP-CON-002</c>): a lost
/// race, as a database's unique index would report it. The store never sets versions on the aggregate objects;
/// the unit of work does that after a successful write.
/// </remarks>
public interface IAggregateStore
{
    /// <summary>Writes <paramref name="changes"/> atomically.</summary>
    /// <param name="changes">The commit's aggregates (audit entries included, as additions), in staging order.</param>
    /// <param name="cancellationToken">Cancels the write before it starts.</param>
    /// <returns>A task that completes when everything is durable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    Task WriteAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken = default);

    /// <summary>Forgets whatever the store holds for the current scope (e.g. tracked objects) after a discard or a failed write.</summary>
    void Reset();
}
