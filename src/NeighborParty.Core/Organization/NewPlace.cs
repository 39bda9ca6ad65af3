namespace NeighborParty.Organization;

/// <summary>What is needed to register a place.</summary>
/// <param name="Kind">Its kind; must be the kind directly below its parent's.</param>
/// <param name="Name">Its Chinese name.</param>
public sealed record NewPlace(PlaceKind Kind, string Name)
{
    /// <summary>Gets the English name, if any.</summary>
    public string? NameEn { get; init; }

    /// <summary>Gets how a compound is managed (compounds only).</summary>
    public CompoundKind? CompoundKind { get; init; }

    /// <summary>Gets the number of households (compounds only).</summary>
    public int? Households { get; init; }

    /// <summary>Gets the latitude (WGS 84), if known; give both coordinates or neither.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude (WGS 84), if known; give both coordinates or neither.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets the id to give it; a new one when null.</summary>
    public PlaceId? Id { get; init; }
}
