namespace NeighborParty.Activities;

/// <summary>Identifies a <see cref="Activity"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct ActivityId(Guid Value) : IComparable<ActivityId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(ActivityId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ActivityId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another ActivityId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ActivityId left, ActivityId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ActivityId left, ActivityId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ActivityId left, ActivityId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ActivityId left, ActivityId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static ActivityId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a <see cref="Project"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct ProjectId(Guid Value) : IComparable<ProjectId>, IComparable
{
    /// <inheritdoc />
    public int CompareTo(ProjectId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Sorting in memory (e.g. the in-memory store evaluating a specification) compares boxed ids.</remarks>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ProjectId other => CompareTo(other),
        _ => throw new ArgumentException("Compare with another ProjectId.", nameof(obj)),
    };

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ProjectId left, ProjectId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ProjectId left, ProjectId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ProjectId left, ProjectId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ProjectId left, ProjectId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static ProjectId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
