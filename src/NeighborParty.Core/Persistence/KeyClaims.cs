namespace NeighborParty.Persistence;

/// <summary>
/// The unique keys one write claims in one table of <see cref="InMemoryStore"/>. A new aggregate whose key nobody holds
/// claims it in the table's index at once (one lookup, the common case of an import); it is released again if the write
/// is refused. Any other claim is kept aside and checked the long way, as a key may move within the write.
/// </summary>
internal sealed class KeyClaims
{
    private readonly List<object> _fresh = [];
    private HashSet<object>? _freshSet; // built only when a claim takes the long way (rare)
    private Dictionary<object, Guid>? _others;

    /// <summary>Gets the keys claimed at once in the table's index, to release if the write is refused.</summary>
    public IReadOnlyList<object> Fresh => _fresh;

    /// <summary>Tells whether a claim may go straight to the table's index: no claim of the long way names the key.</summary>
    /// <param name="key">The unique key.</param>
    /// <returns>True when no other claim of this write names the key.</returns>
    public bool MayClaimAtOnce(object key) => _others is null || !_others.ContainsKey(key);

    /// <summary>Records a key claimed at once.</summary>
    /// <param name="key">The unique key.</param>
    public void AddFresh(object key)
    {
        _fresh.Add(key);
        _freshSet?.Add(key);
    }

    /// <summary>Tells whether a key was claimed at once by this write.</summary>
    /// <param name="key">The unique key.</param>
    /// <returns>True when it was.</returns>
    public bool IsFresh(object key) => (_freshSet ??= new HashSet<object>(_fresh)).Contains(key);

    /// <summary>Finds the aggregate that claimed a key the long way.</summary>
    /// <param name="key">The unique key.</param>
    /// <param name="owner">The aggregate's key.</param>
    /// <returns>True when one did.</returns>
    public bool TryGetOther(object key, out Guid owner)
    {
        owner = default;
        return _others is not null && _others.TryGetValue(key, out owner);
    }

    /// <summary>Records a claim of the long way.</summary>
    /// <param name="key">The unique key.</param>
    /// <param name="owner">The aggregate's key.</param>
    public void AddOther(object key, Guid owner) => (_others ??= [])[key] = owner;
}
