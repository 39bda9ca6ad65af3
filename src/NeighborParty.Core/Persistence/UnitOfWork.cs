using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Security;

namespace NeighborParty.Persistence;

/// <summary>
/// The library's <see cref="IUnitOfWork"/> over any <see cref="IAggregateStore"/>: an identity map of what was
/// loaded, the staged changes, the domain-event handlers run to completion before the write, the audit entries, one
/// atomic write, and the versions set afterwards.
/// </summary>
/// <remarks>
/// Scoped; not thread-safe. Event handlers are resolved from the same scope, so their repositories stage into this
/// unit of work and their changes join the commit. A failed commit or a discard drops everything staged and forgets
/// everything loaded, and asks the store to <see cref="IAggregateStore.Reset"/>.
/// </remarks>
public sealed partial class UnitOfWork : IUnitOfWork
{
    private const int MaxEventRounds = 16;

    /// <summary>The fewest aggregates staged at once for which the bookkeeping is grown once, up front.</summary>
    private const int BulkThreshold = 1024;
    private readonly IAggregateStore _store;
    private readonly IDomainEventDispatcher _dispatcher;
    private readonly IActorAccessor _actors;
    private readonly Dictionary<(Type Type, Guid Key), Known> _known = []; // what was loaded or staged, and its staged change: one lookup per step
    private readonly List<Staged> _staged = [];
    private readonly Security.ActorScopeCache? _scopes;
    private readonly Accounting.ReportCache? _reports;
    private int _depth;
    private bool _committing;
    private Actor? _acting; // the actor the outermost use case runs as (issue 28: one source for who acts)

    /// <summary>Initializes a new instance of the <see cref="UnitOfWork"/> class.</summary>
    /// <param name="store">Where the commit is written.</param>
    /// <param name="dispatcher">Delivers the staged aggregates' domain events before the write.</param>
    /// <param name="actors">Who acts, for the audit entries (the system actor when nobody is authenticated).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UnitOfWork(IAggregateStore store, IDomainEventDispatcher dispatcher, IActorAccessor actors)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(actors);
        _store = store;
        _dispatcher = dispatcher;
        _actors = actors;
    }

    /// <summary>Initializes a new instance of the <see cref="UnitOfWork"/> class that tells <paramref name="scopes"/> when units or places change.</summary>
    /// <param name="store">Where the commit is written.</param>
    /// <param name="dispatcher">Delivers the staged aggregates' domain events before the write.</param>
    /// <param name="actors">Who acts, for the audit entries (the system actor when nobody is authenticated).</param>
    /// <param name="scopes">The actor-scope cache, forgotten after a commit that changes a unit or a place.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UnitOfWork(IAggregateStore store, IDomainEventDispatcher dispatcher, IActorAccessor actors, Security.ActorScopeCache scopes)
        : this(store, dispatcher, actors)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        _scopes = scopes;
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="UnitOfWork"/> class that tells <paramref name="scopes"/> when units or
    /// places change and <paramref name="reports"/> when anything does.
    /// </summary>
    /// <param name="store">Where the commit is written.</param>
    /// <param name="dispatcher">Delivers the staged aggregates' domain events before the write.</param>
    /// <param name="actors">Who acts, for the audit entries (the system actor when nobody is authenticated).</param>
    /// <param name="scopes">The actor-scope cache, forgotten after a commit that changes a unit or a place.</param>
    /// <param name="reports">The report cache, forgotten before and after every write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UnitOfWork(IAggregateStore store, IDomainEventDispatcher dispatcher, IActorAccessor actors, Security.ActorScopeCache scopes, Accounting.ReportCache reports)
        : this(store, dispatcher, actors, scopes)
    {
        ArgumentNullException.ThrowIfNull(reports);
        _reports = reports;
    }

    /// <summary>
    /// Runs <paramref name="operation"/> as one unit of work acted by <paramref name="actor"/> (see <see cref="ActAsAsync{TResult}"/>).
    /// </summary>
    internal Task<TResult> ExecuteAsAsync<TResult>(Actor actor, Func<CancellationToken, Task<TResult>> operation, CancellationToken cancellationToken) =>
        ActAsAsync(actor, ct => ExecuteAsync(operation, ct), cancellationToken);

    /// <summary>
    /// Runs <paramref name="operation"/> acted by <paramref name="actor"/>, without opening a unit of work (an import
    /// streams its own): its audit entries, and every record a service stamps with who acted, name that actor whatever
    /// the ambient <see cref="IActorAccessor"/> says. Inside another acted operation the outer actor stays the one named.
    /// </summary>
    internal async Task<TResult> ActAsAsync<TResult>(Actor actor, Func<CancellationToken, Task<TResult>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(operation);
        if (_acting is not null)
        {
            return await operation(cancellationToken);
        }

        _acting = actor;
        try
        {
            return await operation(cancellationToken);
        }
        finally
        {
            _acting = null;
        }
    }

    /// <summary>
    /// Who acts in <paramref name="work"/>: the actor its use case runs as, else the ambient actor, else the system
    /// (work nobody started).
    /// </summary>
    internal static Actor WhoActs(IUnitOfWork work, IActorAccessor actors) => (work as UnitOfWork)?._acting ?? actors.Current ?? Actor.System;

    /// <summary>Forgets the remembered reports (a write is about to change, or has changed, what they count).</summary>
    internal void ForgetReports() => _reports?.Invalidate();

    /// <summary>Gets the number of aggregates staged and not yet committed.</summary>
    public int StagedCount => _staged.Count;

    /// <inheritdoc />
    public async Task<TResult> ExecuteAsync<TResult>(Func<CancellationToken, Task<TResult>> operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_depth > 0)
        {
            return await operation(cancellationToken);
        }

        TResult result;
        _depth++;
        try
        {
            result = await operation(cancellationToken);
        }
        catch
        {
            Discard();
            throw;
        }
        finally
        {
            _depth--;
        }

        await CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_committing)
        {
            throw new InvalidOperationException("A commit is under way: an event handler stages its changes and returns; the commit writes them.");
        }

        _committing = true;
        _depth++;
        try
        {
            await DispatchEventsAsync(cancellationToken);
            if (_staged.Count > 0)
            {
                await WriteAsync(cancellationToken);
            }

            Forget();
        }
        catch
        {
            Discard();
            throw;
        }
        finally
        {
            _committing = false;
            _depth--;
        }
    }

    /// <inheritdoc />
    public void Discard()
    {
        Forget();
        _store.Reset();
    }

    private async Task DispatchEventsAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            var pending = 0; // counted first: a large commit's event list is made once, at its size
            foreach (var staged in _staged)
            {
                pending += staged.Aggregate is IHasDomainEvents { DomainEvents: { } raised } ? raised.Count - staged.Dispatched : 0;
            }

            var events = new List<IDomainEvent>(pending);
            for (var i = 0; i < _staged.Count; i++)
            {
                var staged = _staged[i];
                if (staged.Aggregate is IHasDomainEvents { DomainEvents: { } raised } && raised.Count > staged.Dispatched)
                {
                    for (var e = staged.Dispatched; e < raised.Count; e++)
                    {
                        events.Add(raised[e]);
                    }

                    staged.Dispatched = raised.Count;
                }
            }

            if (events.Count == 0)
            {
                return;
            }

            if (round == MaxEventRounds)
            {
                throw new InvalidOperationException($"Domain event handlers kept raising events for {MaxEventRounds} rounds: a handler loop.");
            }

            await _dispatcher.DispatchAsync(events, cancellationToken);
        }
    }

    private Task WriteAsync(CancellationToken cancellationToken) => WriteAsync(_store.WriteAsync, cancellationToken);

    /// <summary>Writes what is staged, with its audit entries, through <paramref name="write"/> (the store's write or a part of a streamed one), then sets the versions.</summary>
    private async Task WriteAsync(Func<IReadOnlyList<AggregateChange>, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var audit = AuditEntry.Record(_staged.Select(s => s.Aggregate), WhoActs(this, _actors));
        foreach (var entry in audit)
        {
            HandOver.Mark(entry); // made here and held by nothing else: a store may keep the entry itself
        }

        var changes = new List<AggregateChange>(_staged.Count + audit.Count);
        changes.AddRange(_staged.Select(s => new AggregateChange(s.Aggregate, s.Kind, s.ExpectedVersion)));
        changes.AddRange(audit.Select(a => new AggregateChange(a, AggregateChangeKind.Added, 0)));
        var treeChanged = _scopes is not null && _staged.Exists(s => s.Aggregate is Organization.OrganizationUnit or Organization.Place);
        if (treeChanged)
        {
            _scopes!.Invalidate(); // before and after: a scope read while the write runs is not remembered
        }

        _reports?.Invalidate(); // before and after, as the scopes: a report counted while the write runs is not remembered
        await write(changes, cancellationToken);
        _reports?.Invalidate();
        if (treeChanged)
        {
            _scopes!.Invalidate();
        }

        foreach (var change in changes)
        {
            if (change.Kind != AggregateChangeKind.Removed && change.Aggregate is IStoredVersion versioned)
            {
                versioned.SetStoredVersion(change.NewVersion);
            }

            (change.Aggregate as IHasDomainEvents)?.ClearDomainEvents();
            HandOver.Clear(change.Aggregate); // a store that ignores the mark (a database) leaves it
        }
    }

    private void Forget()
    {
        _staged.Clear();
        _known.Clear();
    }
}
