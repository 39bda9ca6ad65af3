using System.Diagnostics.CodeAnalysis;
using NeighborParty.Common;
using NeighborParty.Domain;

namespace NeighborParty.Care;

/// <summary>Identifies a <see cref="CareRecord"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct CareRecordId(Guid Value) : IStronglyTypedId<CareRecordId>
{
    /// <summary>Returns a new identifier (a time-ordered version 7 GUID).</summary>
    /// <returns>A fresh id.</returns>
    public static CareRecordId New() => StronglyTypedId.New<CareRecordId>();

    /// <inheritdoc />
    public static CareRecordId From(Guid value) => new(value);

    /// <summary>Parses the GUID text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when the text is a GUID.</param>
    /// <returns><see langword="true"/> if the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CareRecordId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CareRecordId left, CareRecordId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CareRecordId left, CareRecordId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CareRecordId left, CareRecordId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CareRecordId left, CareRecordId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(CareRecordId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => StronglyTypedId.Compare(this, obj);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
