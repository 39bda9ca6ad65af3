using System.Diagnostics.CodeAnalysis;
using NeighborParty.Common;
using NeighborParty.Domain;

namespace NeighborParty.Accounting;

/// <summary>Identifies a <see cref="PeriodClosing"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct PeriodClosingId(Guid Value) : IStronglyTypedId<PeriodClosingId>
{
    /// <summary>Returns a new identifier (a time-ordered version 7 GUID).</summary>
    /// <returns>A fresh id.</returns>
    public static PeriodClosingId New() => StronglyTypedId.New<PeriodClosingId>();

    /// <inheritdoc />
    public static PeriodClosingId From(Guid value) => new(value);

    /// <summary>Parses the GUID text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when the text is a GUID.</param>
    /// <returns><see langword="true"/> if the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PeriodClosingId id) => StronglyTypedId.TryParse(text, out id);

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

    /// <inheritdoc />
    public int CompareTo(PeriodClosingId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => StronglyTypedId.Compare(this, obj);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
