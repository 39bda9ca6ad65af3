using System.Diagnostics.CodeAnalysis;

namespace NeighborParty.Organization;

/// <summary>Identifies a <see cref="Place"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct PlaceId(Guid Value)
{
    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static PlaceId New() => new(Guid.NewGuid());

    /// <summary>Parses the GUID text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when the text is a GUID.</param>
    /// <returns><see langword="true"/> if the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PlaceId id)
    {
        var ok = Guid.TryParse(text, out var guid);
        id = new PlaceId(guid);
        return ok;
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an <see cref="OrganizationUnit"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct OrganizationUnitId(Guid Value)
{
    /// <summary>Returns a new, random identifier.</summary>
    /// <returns>A fresh id.</returns>
    public static OrganizationUnitId New() => new(Guid.NewGuid());

    /// <summary>Parses the GUID text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when the text is a GUID.</param>
    /// <returns><see langword="true"/> if the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrganizationUnitId id)
    {
        var ok = Guid.TryParse(text, out var guid);
        id = new OrganizationUnitId(guid);
        return ok;
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
