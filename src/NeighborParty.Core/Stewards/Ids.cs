namespace NeighborParty.Stewards;

/// <summary>Identifies a <see cref="Appointment"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct AppointmentId(Guid Value) : IComparable<AppointmentId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(AppointmentId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        AppointmentId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another AppointmentId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(AppointmentId left, AppointmentId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(AppointmentId left, AppointmentId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(AppointmentId left, AppointmentId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(AppointmentId left, AppointmentId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static AppointmentId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a <see cref="CompoundGovernance"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct CompoundGovernanceId(Guid Value) : IComparable<CompoundGovernanceId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(CompoundGovernanceId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CompoundGovernanceId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another CompoundGovernanceId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CompoundGovernanceId left, CompoundGovernanceId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CompoundGovernanceId left, CompoundGovernanceId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CompoundGovernanceId left, CompoundGovernanceId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CompoundGovernanceId left, CompoundGovernanceId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static CompoundGovernanceId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
