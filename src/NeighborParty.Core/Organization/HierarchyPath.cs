using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NeighborParty.Organization;

/// <summary>
/// The position of a node in a tree as a materialised path: one segment per level from the root, packed into 128 bits,
/// so that "is A inside B" is two masked comparisons — constant time and allocation-free.
/// </summary>
/// <remarks>
/// <para>A path holds at most <see cref="MaxDepth"/> segments, each from 1 to <see cref="MaxSegment"/>; segments are
/// handed out by the parent and never reused, so a parent can have at most <see cref="MaxSegment"/> children over its
/// life. Stores keep the two halves as sortable 64-bit keys (<see cref="SortKeyHigh"/>, <see cref="SortKeyLow"/>):
/// ordering by them is tree order (a parent before its children), and a subtree is one key range
/// (<see cref="GetSubtreeBounds"/>) that an ordinary composite index answers. The text form (<see cref="ToString"/>) is
/// four upper-case hexadecimal digits per level.</para>
/// <para>Immutable and thread-safe. <c>default</c> is the empty path (depth 0), which contains every path.</para>
/// </remarks>
public readonly struct HierarchyPath : IEquatable<HierarchyPath>
{
    /// <summary>The largest number of levels a path can have.</summary>
    public const int MaxDepth = 8;

    /// <summary>The largest segment, and so the largest number of children a node can ever have.</summary>
    public const int MaxSegment = 0xFFFF;

    private const int BitsPerSegment = 16;
    private const int SegmentsPerWord = 4;

    // Mask of the bits used by the first d segments, for d = 0..8.
    private static readonly ulong[] HighMasks = [0, 0xFFFF_0000_0000_0000, 0xFFFF_FFFF_0000_0000, 0xFFFF_FFFF_FFFF_0000, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue];
    private static readonly ulong[] LowMasks = [0, 0, 0, 0, 0, 0xFFFF_0000_0000_0000, 0xFFFF_FFFF_0000_0000, 0xFFFF_FFFF_FFFF_0000, ulong.MaxValue];

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEF");

    private readonly ulong _high;
    private readonly ulong _low;
    private readonly int _depth;

    private HierarchyPath(ulong high, ulong low, int depth)
    {
        _high = high;
        _low = low;
        _depth = depth;
    }

    /// <summary>Gets the number of segments; 1 for a root.</summary>
    public int Depth => _depth;

    /// <summary>Gets a value indicating whether this is the empty path (depth 0).</summary>
    public bool IsEmpty => _depth == 0;

    /// <summary>Gets the last segment, or 0 for the empty path.</summary>
    public int LastSegment => _depth == 0 ? 0 : GetSegment(_depth - 1);

    /// <summary>Gets the path of the parent; the empty path for a root.</summary>
    /// <exception cref="InvalidOperationException">This is the empty path.</exception>
    public HierarchyPath Parent => _depth == 0
        ? throw new InvalidOperationException("The empty path has no parent.")
        : new HierarchyPath(_high & HighMasks[_depth - 1], _low & LowMasks[_depth - 1], _depth - 1);

    /// <summary>Returns the path of a root with the given segment.</summary>
    /// <param name="segment">The root's segment, 1 to <see cref="MaxSegment"/>.</param>
    /// <returns>A path of depth 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is outside 1..<see cref="MaxSegment"/>.</exception>
    public static HierarchyPath Root(int segment) => default(HierarchyPath).Append(segment);

    /// <summary>Returns the path of a child of this path.</summary>
    /// <param name="segment">The child's segment, 1 to <see cref="MaxSegment"/>.</param>
    /// <returns>A path one level deeper.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is outside 1..<see cref="MaxSegment"/>.</exception>
    /// <exception cref="InvalidOperationException">The path is already <see cref="MaxDepth"/> deep.</exception>
    public HierarchyPath Append(int segment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segment, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segment, MaxSegment);
        if (_depth >= MaxDepth)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A path has at most {MaxDepth} levels."));
        }

        var high = _high;
        var low = _low;
        if (_depth < SegmentsPerWord)
        {
            high |= (ulong)segment << (BitsPerSegment * (SegmentsPerWord - 1 - _depth));
        }
        else
        {
            low |= (ulong)segment << (BitsPerSegment * (SegmentsPerWord - 1 - (_depth - SegmentsPerWord)));
        }

        return new HierarchyPath(high, low, _depth + 1);
    }

    /// <summary>Returns the segment at <paramref name="level"/> (0 is the root's).</summary>
    /// <param name="level">0 to <see cref="Depth"/> - 1.</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside the path.</exception>
    public int GetSegment(int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, _depth);
        return SegmentOf(_high, _low, level);
    }

    /// <summary>
    /// Tells whether this path is <paramref name="ancestorOrSelf"/> or lies below it. Constant time, no allocation.
    /// </summary>
    /// <param name="ancestorOrSelf">The path of the would-be ancestor.</param>
    /// <returns><see langword="true"/> if this node is in the subtree of <paramref name="ancestorOrSelf"/>.</returns>
    public bool IsWithin(HierarchyPath ancestorOrSelf)
    {
        var depth = ancestorOrSelf._depth;
        return (uint)depth <= (uint)_depth
            && (_high & HighMasks[depth]) == ancestorOrSelf._high
            && (_low & LowMasks[depth]) == ancestorOrSelf._low;
    }

    /// <summary>Tells whether this path lies strictly below <paramref name="ancestor"/>.</summary>
    /// <param name="ancestor">The path of the would-be ancestor.</param>
    /// <returns><see langword="true"/> if this node is a proper descendant of <paramref name="ancestor"/>.</returns>
    public bool IsStrictlyWithin(HierarchyPath ancestor) => _depth > ancestor._depth && IsWithin(ancestor);

    /// <summary>Replaces the prefix <paramref name="from"/> of this path by <paramref name="to"/> (moving a subtree).</summary>
    /// <param name="from">A prefix of this path.</param>
    /// <param name="to">The new prefix.</param>
    /// <returns>The rebased path.</returns>
    /// <exception cref="ArgumentException">This path is not within <paramref name="from"/>.</exception>
    /// <exception cref="InvalidOperationException">The rebased path would be deeper than <see cref="MaxDepth"/>.</exception>
    public HierarchyPath Rebase(HierarchyPath from, HierarchyPath to)
    {
        if (!IsWithin(from))
        {
            throw new ArgumentException("The path does not start with the given prefix.", nameof(from));
        }

        var result = to;
        for (var level = from._depth; level < _depth; level++)
        {
            result = result.Append(GetSegment(level));
        }

        return result;
    }

    /// <summary>Parses the text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">Four hexadecimal digits per level.</param>
    /// <returns>The path.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a path.</exception>
    public static HierarchyPath Parse(string text) =>
        TryParse(text, out var path) ? path : throw new FormatException("The text is not a hierarchy path.");

    /// <summary>Parses the text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">Four hexadecimal digits per level.</param>
    /// <param name="path">The path, when the text is valid.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a path.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out HierarchyPath path)
    {
        path = default;
        if (text is null || text.Length % 4 != 0 || text.Length / 4 > MaxDepth)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i += 4)
        {
            if (!int.TryParse(text.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var segment)
                || segment == 0 || text.AsSpan(i, 4).ContainsAnyExcept(HexDigits))
            {
                path = default;
                return false;
            }

            path = path.Append(segment);
        }

        return true;
    }

    /// <summary>Returns the text form: four upper-case hexadecimal digits per level, root first.</summary>
    /// <returns>The text form; empty for the empty path.</returns>
    public override string ToString()
    {
        var self = this;
        return string.Create(_depth * 4, self, static (span, p) =>
        {
            for (var level = 0; level < p._depth; level++)
            {
                p.GetSegment(level).TryFormat(span.Slice(level * 4, 4), out _, "X4", CultureInfo.InvariantCulture);
            }
        });
    }

    /// <summary>Gets the first half of the path as a signed key whose order is tree order.</summary>
    public long SortKeyHigh => ToSortKey(_high);

    /// <summary>Gets the second half of the path as a signed key whose order is tree order.</summary>
    public long SortKeyLow => ToSortKey(_low);

    /// <summary>Rebuilds a path from its stored keys.</summary>
    /// <param name="sortKeyHigh">The value of <see cref="SortKeyHigh"/>.</param>
    /// <param name="sortKeyLow">The value of <see cref="SortKeyLow"/>.</param>
    /// <returns>The path.</returns>
    /// <exception cref="FormatException">The keys hold a gap (a zero segment before a non-zero one).</exception>
    public static HierarchyPath FromSortKeys(long sortKeyHigh, long sortKeyLow)
    {
        var high = FromSortKey(sortKeyHigh);
        var low = FromSortKey(sortKeyLow);
        var depth = 0;
        while (depth < MaxDepth && SegmentOf(high, low, depth) != 0)
        {
            depth++;
        }

        for (var level = depth; level < MaxDepth; level++)
        {
            if (SegmentOf(high, low, level) != 0)
            {
                throw new FormatException("The stored keys are not a hierarchy path.");
            }
        }

        return new HierarchyPath(high, low, depth);
    }

    /// <summary>
    /// Gets the inclusive key bounds of this path's subtree: a node is in the subtree exactly when its
    /// <see cref="SortKeyHigh"/> lies in [<paramref name="highMin"/>, <paramref name="highMax"/>] and its
    /// <see cref="SortKeyLow"/> in [<paramref name="lowMin"/>, <paramref name="lowMax"/>].
    /// </summary>
    /// <param name="highMin">The smallest high key.</param>
    /// <param name="highMax">The largest high key.</param>
    /// <param name="lowMin">The smallest low key.</param>
    /// <param name="lowMax">The largest low key.</param>
    public void GetSubtreeBounds(out long highMin, out long highMax, out long lowMin, out long lowMax)
    {
        highMin = ToSortKey(_high);
        highMax = ToSortKey(_high | ~HighMasks[_depth]);
        lowMin = _depth <= SegmentsPerWord ? long.MinValue : ToSortKey(_low);
        lowMax = _depth <= SegmentsPerWord ? long.MaxValue : ToSortKey(_low | ~LowMasks[_depth]);
    }

    /// <summary>Returns the ancestor (or self) at <paramref name="depth"/>: the path's first <paramref name="depth"/> segments.</summary>
    /// <param name="depth">0 to <see cref="Depth"/>.</param>
    /// <returns>The ancestor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is negative or deeper than the path.</exception>
    public HierarchyPath AncestorAt(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, _depth);
        return new HierarchyPath(_high & HighMasks[depth], _low & LowMasks[depth], depth);
    }

    /// <summary>
    /// Gets the masks that cut stored keys down to their ancestor at <paramref name="depth"/>: <c>SortKeyHigh &amp; high</c>
    /// and <c>SortKeyLow &amp; low</c> are the same for every node of one subtree at that depth, so a store can
    /// <c>GROUP BY</c> them (roll-ups by child); <see cref="FromMaskedSortKeys"/> turns them back into the path.
    /// </summary>
    /// <param name="depth">1 to <see cref="MaxDepth"/>.</param>
    /// <param name="high">The mask of the high key.</param>
    /// <param name="low">The mask of the low key.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is outside 1–8.</exception>
    public static void GetPrefixMasks(int depth, out long high, out long low)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, MaxDepth);
        high = unchecked((long)HighMasks[depth]);
        low = unchecked((long)LowMasks[depth]);
    }

    /// <summary>Rebuilds the path from keys cut with <see cref="GetPrefixMasks"/> at <paramref name="depth"/> (a node above that depth comes back as itself).</summary>
    /// <param name="maskedHigh">The high key, masked.</param>
    /// <param name="maskedLow">The low key, masked.</param>
    /// <param name="depth">The depth the masks were for.</param>
    /// <returns>The path.</returns>
    public static HierarchyPath FromMaskedSortKeys(long maskedHigh, long maskedLow, int depth) =>
        FromSortKeys(maskedHigh, depth <= SegmentsPerWord ? long.MinValue : maskedLow);

    private static long ToSortKey(ulong value) => unchecked((long)(value ^ 0x8000_0000_0000_0000));

    private static ulong FromSortKey(long value) => unchecked((ulong)value ^ 0x8000_0000_0000_0000);

    private static int SegmentOf(ulong high, ulong low, int level) => level < SegmentsPerWord
        ? (int)((high >> (BitsPerSegment * (SegmentsPerWord - 1 - level))) & MaxSegment)
        : (int)((low >> (BitsPerSegment * (SegmentsPerWord - 1 - (level - SegmentsPerWord)))) & MaxSegment);

    /// <inheritdoc />
    public bool Equals(HierarchyPath other) => _high == other._high && _low == other._low && _depth == other._depth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HierarchyPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_high, _low, _depth);

    /// <summary>Compares two paths for equality.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public static bool operator ==(HierarchyPath left, HierarchyPath right) => left.Equals(right);

    /// <summary>Compares two paths for inequality.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(HierarchyPath left, HierarchyPath right) => !left.Equals(right);
}
