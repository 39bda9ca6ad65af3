using System.Runtime.InteropServices;
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
public sealed class UnitOfWork : IUnitOfWork
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
    private int _depth;
    private bool _committing;

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

    /// <summary>Returns the aggregate already loaded in this unit of work with the same type and key, or remembers <paramref name="loaded"/>.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="loaded">What the store returned.</param>
    /// <returns>The one object for that aggregate in this unit of work.</returns>
    internal T Track<T>(T loaded)
        where T : class, IAggregateRoot
    {
        var key = (loaded.GetType(), loaded.Key);
        if (_known.TryGetValue(key, out var known))
        {
            return (T)known.Aggregate;
        }

        _known[key] = new Known(loaded, null);
        return loaded;
    }

    /// <summary>Returns the aggregate of type <typeparamref name="T"/> with <paramref name="key"/> if it was loaded in this unit of work.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The aggregate, or null.</returns>
    internal T? Find<T>(Guid key)
        where T : class, IAggregateRoot => _known.TryGetValue((typeof(T), key), out var known) ? (T)known.Aggregate : null;

    /// <summary>Makes room to stage <paramref name="count"/> more aggregates at once (a bulk import), so the bookkeeping grows once.</summary>
    /// <param name="count">How many aggregates are about to be staged.</param>
    internal void Reserve(int count)
    {
        if (count < BulkThreshold)
        {
            return; // growing step by step is cheaper than reserving for a few
        }

        _staged.EnsureCapacity(_staged.Count + count);
        _known.EnsureCapacity(_known.Count + count);
    }

    /// <summary>Stages a change of <paramref name="aggregate"/>.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="kind">Added, updated or removed.</param>
    /// <exception cref="InvalidOperationException">The change contradicts what is staged or stored (e.g. adding a stored aggregate).</exception>
    internal void Stage(IAggregateRoot aggregate, AggregateChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var key = (aggregate.GetType(), aggregate.Key);
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_known, key, out var exists);
        if (exists && known.Staged is { } staged)
        {
            if (!ReferenceEquals(staged.Aggregate, aggregate))
            {
                throw new InvalidOperationException("Another object with the same id is staged in this unit of work: change the one it loaded.");
            }

            switch (kind, staged.Kind)
            {
                case (AggregateChangeKind.Removed, AggregateChangeKind.Added):
                    _staged.Remove(staged);
                    known = new Known(aggregate, null);
                    return;
                case (AggregateChangeKind.Removed, _):
                    staged.Kind = AggregateChangeKind.Removed;
                    return;
                case (_, AggregateChangeKind.Removed):
                    throw new InvalidOperationException("The aggregate is staged for removal.");
                default:
                    return;
            }
        }

        if (kind == AggregateChangeKind.Added ? aggregate.Version != 0 : aggregate.Version == 0)
        {
            if (!exists)
            {
                _known.Remove(key);
            }

            throw new InvalidOperationException(kind == AggregateChangeKind.Added
                ? "Only a new aggregate (version 0) is added; stage a loaded one as an update."
                : "A new aggregate (version 0) is added, not updated or removed.");
        }

        staged = new Staged(aggregate, kind, aggregate.Version);
        _staged.Add(staged);
        known = new Known(aggregate, staged);
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

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var audit = AuditEntry.Record(_staged.Select(s => s.Aggregate), _actors.Current ?? Actor.System);
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

        await _store.WriteAsync(changes, cancellationToken);
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

    /// <summary>An aggregate this unit of work knows (loaded or staged), with its staged change when it has one.</summary>
    private readonly record struct Known(IAggregateRoot Aggregate, Staged? Staged);

    private sealed class Staged(IAggregateRoot aggregate, AggregateChangeKind kind, long expectedVersion)
    {
        public IAggregateRoot Aggregate { get; } = aggregate;

        public AggregateChangeKind Kind { get; set; } = kind;

        public long ExpectedVersion { get; } = expectedVersion;

        public int Dispatched { get; set; }
    }
}
