namespace NeighborParty.Organization;

/// <summary>The stored state of a <see cref="Place"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">The kind of place.</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="NameEn">The English name, or null.</param>
/// <param name="ParentId">The parent place, or null for a district.</param>
/// <param name="Position">The place's own position.</param>
/// <param name="LastChildSegment">The last path segment handed out to a child.</param>
/// <param name="CompoundKind">How a compound is managed, or null.</param>
/// <param name="Households">The households of a compound, or null.</param>
/// <param name="Latitude">The latitude (WGS 84), or null.</param>
/// <param name="Longitude">The longitude (WGS 84), or null.</param>
public sealed record PlaceSnapshot(PlaceId Id, PlaceKind Kind, string Name, string? NameEn, PlaceId? ParentId, TreePosition Position,
    int LastChildSegment, CompoundKind? CompoundKind, int? Households, double? Latitude = null, double? Longitude = null);
