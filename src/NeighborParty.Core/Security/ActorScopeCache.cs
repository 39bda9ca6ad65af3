using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Security;

/// <summary>
/// Remembers where bound actors stand (their unit's path and the paths of the places it covers), so that
/// <see cref="AccessGuard"/> does not read the unit and its places on every request (issue 18), and where the units
/// read paths aim at stand (a branch's member page, a unit's children: issue 26). Both are the same entries, by unit id.
/// Beside them it keeps the names of places the public lists show (the Open311 list), forgotten with them.
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
    private readonly Common.ExpiringEntries<Guid, UnitReach> _entries;
    private readonly Common.ExpiringEntries<Guid, string> _names;

    /// <summary>Initializes a new instance of the <see cref="ActorScopeCache"/> class.</summary>
    /// <param name="clock">The clock that ages entries.</param>
    /// <param name="options">The options carrying <see cref="NeighborPartyOptions.ActorScopeCacheDuration"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ActorScopeCache(IClock clock, NeighborPartyOptions options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _entries = new(clock, options.ActorScopeCacheDuration, capacity: 100_000); // every unit of a province, at most
        _names = new(clock, options.ActorScopeCacheDuration, capacity: 100_000); // a province's places, at most
    }

    /// <summary>Gets the number of scopes remembered now.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the generation to stamp a scope read now with (a commit in between makes it stale).</summary>
    internal long Generation => _entries.Generation;

    /// <summary>Forgets every remembered scope; the unit of work calls it after committing a unit or a place.</summary>
    public void Invalidate()
    {
        _entries.Invalidate();
        _names.Invalidate();
    }

    internal bool TryGet(Actor actor, out ActorScope scope)
    {
        var found = _entries.TryGet(actor.ScopeId, out var entry);
        scope = found ? new ActorScope(actor, entry.Path, entry.Places) : null!;
        return found;
    }

    /// <summary>Finds where a unit stands, if remembered.</summary>
    internal bool TryGet(OrganizationUnitId unit, out UnitReach reach) => _entries.TryGet(unit.Value, out reach);

    /// <summary>Remembers where a unit stands, read at <paramref name="generation"/> (nothing if a commit came in between).</summary>
    internal void Put(OrganizationUnitId unit, long generation, UnitReach reach) => _entries.Put(unit.Value, generation, reach);

    /// <summary>Gets the generation to stamp names read now with (a commit in between makes them stale).</summary>
    internal long NamesGeneration => _names.Generation;

    /// <summary>Finds a place's name, if remembered.</summary>
    internal bool TryGetName(PlaceId place, out string name) => _names.TryGet(place.Value, out name);

    /// <summary>Remembers a place's name, read at <paramref name="generation"/> (nothing if a commit came in between).</summary>
    internal void PutName(PlaceId place, long generation, string name) => _names.Put(place.Value, generation, name);
}
