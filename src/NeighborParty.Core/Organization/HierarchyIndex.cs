namespace NeighborParty.Organization;

/// <summary>
/// An immutable in-memory index of tree nodes in tree order, answering "the subtree of X" by two binary searches and
/// one contiguous slice — for in-memory stores, caches and roll-ups over a snapshot of the tree.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
/// <remarks>Build once per snapshot (O(n log n)); queries are O(log n + k) and allocation-free. Thread-safe.</remarks>
public sealed class HierarchyIndex<T>
{
    private readonly T[] _items;
    private readonly (long High, long Low)[] _keys;

    /// <summary>Initializes a new instance of the <see cref="HierarchyIndex{T}"/> class.</summary>
    /// <param name="items">The nodes.</param>
    /// <param name="pathOf">Gives a node's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public HierarchyIndex(IEnumerable<T> items, Func<T, HierarchyPath> pathOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(pathOf);
        _items = [.. items];
        _keys = new (long, long)[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            var path = pathOf(_items[i]);
            _keys[i] = (path.SortKeyHigh, path.SortKeyLow);
        }

        Array.Sort(_keys, _items);
    }

    /// <summary>Gets the number of nodes.</summary>
    public int Count => _items.Length;

    /// <summary>Gets all nodes in tree order.</summary>
    public ReadOnlySpan<T> All => _items;

    /// <summary>Returns the nodes of the subtree rooted at <paramref name="root"/>, in tree order (the root first if present).</summary>
    /// <param name="root">The subtree's root path.</param>
    /// <returns>A slice of the index; empty if nothing lies there.</returns>
    public ReadOnlySpan<T> GetSubtree(HierarchyPath root)
    {
        root.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        var start = LowerBound((highMin, lowMin));
        var end = LowerBound((highMax, lowMax), inclusive: true);
        return _items.AsSpan(start, Math.Max(0, end - start));
    }

    private int LowerBound((long High, long Low) key, bool inclusive = false)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = _keys[mid].CompareTo(key);
            if (c < 0 || (inclusive && c == 0))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
