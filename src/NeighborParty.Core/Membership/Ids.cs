namespace NeighborParty.Membership;

/// <summary>Identifies a <see cref="PartyMember"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct PartyMemberId(Guid Value) : IComparable<PartyMemberId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(PartyMemberId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartyMemberId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another PartyMemberId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PartyMemberId left, PartyMemberId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PartyMemberId left, PartyMemberId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PartyMemberId left, PartyMemberId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PartyMemberId left, PartyMemberId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static PartyMemberId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a <see cref="Resident"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct ResidentId(Guid Value) : IComparable<ResidentId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(ResidentId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ResidentId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another ResidentId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ResidentId left, ResidentId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ResidentId left, ResidentId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ResidentId left, ResidentId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ResidentId left, ResidentId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static ResidentId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
