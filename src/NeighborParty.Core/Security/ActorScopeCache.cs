using System.Collections.Concurrent;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Security;

/// <summary>
/// Remembers where bound actors stand (their unit's path and the paths of the places it covers), so that
/// <see cref="AccessGuard"/> does not read the unit and its places on every request (issue 18).
/// </summary>
/// <remarks>
/// <para>Singleton, thread-safe. An entry lives at most <see cref="NeighborPartyOptions.ActorScopeCacheDuration"/>
/// and is dropped at once when this process commits a change to any unit or place (a move, a change of the places a
/// unit covers), so a scope is never staler than that here. Several processes on one database each drop their own
/// entries only on their own commits: another process sees a moved unit after the duration at the latest. Set the
/// duration to zero to read the scope on every request.</para>
/// </remarks>
public sealed class ActorScopeCache
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly IClock _clock;
    private readonly Duration _maxAge;
    private long _generation;

    /// <summary>Initializes a new instance of the <see cref="ActorScopeCache"/> class.</summary>
    /// <param name="clock">The clock that ages entries.</param>
    /// <param name="options">The options carrying <see cref="NeighborPartyOptions.ActorScopeCacheDuration"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ActorScopeCache(IClock clock, NeighborPartyOptions options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _maxAge = options.ActorScopeCacheDuration;
    }

    /// <summary>Gets the number of scopes remembered now.</summary>
    public int Count => _entries.Count;

    /// <summary>Forgets every remembered scope; the unit of work calls it after committing a unit or a place.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    internal bool TryGet(Actor actor, out ActorScope scope)
    {
        scope = null!;
        if (_maxAge <= Duration.Zero || !_entries.TryGetValue(actor.ScopeId, out var entry))
        {
            return false;
        }

        var now = _clock.GetCurrentInstant();
        if (entry.Generation != Interlocked.Read(ref _generation) || now < entry.At || now - entry.At >= _maxAge)
        {
            _entries.TryRemove(new KeyValuePair<Guid, Entry>(actor.ScopeId, entry));
            return false;
        }

        scope = new ActorScope(actor, entry.Unit, entry.Places);
        return true;
    }

    internal void Put(Actor actor, long generation, HierarchyPath? unit, IReadOnlyList<HierarchyPath> places)
    {
        if (_maxAge > Duration.Zero && generation == Interlocked.Read(ref _generation))
        {
            _entries[actor.ScopeId] = new Entry(_clock.GetCurrentInstant(), generation, unit, places);
        }
    }

    /// <summary>Gets the generation to stamp a scope read now with (a commit in between makes it stale).</summary>
    internal long Generation => Interlocked.Read(ref _generation);

    private sealed record Entry(Instant At, long Generation, HierarchyPath? Unit, IReadOnlyList<HierarchyPath> Places);
}
