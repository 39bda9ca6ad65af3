namespace NeighborParty.Requests;

/// <summary>Identifies a <see cref="ResidentRequest"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct RequestId(Guid Value) : IComparable<RequestId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(RequestId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        RequestId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another RequestId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(RequestId left, RequestId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(RequestId left, RequestId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(RequestId left, RequestId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(RequestId left, RequestId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static RequestId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a <see cref="MicroWish"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct MicroWishId(Guid Value) : IComparable<MicroWishId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(MicroWishId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MicroWishId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another MicroWishId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(MicroWishId left, MicroWishId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(MicroWishId left, MicroWishId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(MicroWishId left, MicroWishId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(MicroWishId left, MicroWishId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static MicroWishId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a <see cref="Deliberation"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct DeliberationId(Guid Value) : IComparable<DeliberationId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(DeliberationId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DeliberationId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another DeliberationId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(DeliberationId left, DeliberationId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(DeliberationId left, DeliberationId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(DeliberationId left, DeliberationId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(DeliberationId left, DeliberationId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static DeliberationId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
