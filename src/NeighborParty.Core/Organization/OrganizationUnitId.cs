using System.Diagnostics.CodeAnalysis;
using NeighborParty.Common;
using NeighborParty.Domain;

namespace NeighborParty.Organization;

/// <summary>Identifies an <see cref="OrganizationUnit"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct OrganizationUnitId(Guid Value) : IStronglyTypedId<OrganizationUnitId>
{
    /// <summary>Returns a new identifier (a time-ordered version 7 GUID).</summary>
    /// <returns>A fresh id.</returns>
    public static OrganizationUnitId New() => StronglyTypedId.New<OrganizationUnitId>();

    /// <inheritdoc />
    public static OrganizationUnitId From(Guid value) => new(value);

    /// <summary>Parses the GUID text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when the text is a GUID.</param>
    /// <returns><see langword="true"/> if the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrganizationUnitId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(OrganizationUnitId left, OrganizationUnitId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(OrganizationUnitId left, OrganizationUnitId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(OrganizationUnitId left, OrganizationUnitId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(OrganizationUnitId left, OrganizationUnitId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(OrganizationUnitId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => StronglyTypedId.Compare(this, obj);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
