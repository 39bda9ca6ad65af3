namespace NeighborParty.Accounting;

/// <summary>Identifies a <see cref="PeriodClosing"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct PeriodClosingId(Guid Value) : IComparable<PeriodClosingId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(PeriodClosingId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PeriodClosingId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another PeriodClosingId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PeriodClosingId left, PeriodClosingId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PeriodClosingId left, PeriodClosingId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PeriodClosingId left, PeriodClosingId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PeriodClosingId left, PeriodClosingId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static PeriodClosingId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a <see cref="FigureCorrection"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct CorrectionId(Guid Value) : IComparable<CorrectionId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(CorrectionId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CorrectionId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another CorrectionId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CorrectionId left, CorrectionId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CorrectionId left, CorrectionId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CorrectionId left, CorrectionId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CorrectionId left, CorrectionId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static CorrectionId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
