using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.SampleApi.Organization;

/// <summary>A place of the physical tree.</summary>
public sealed record PlaceResponse(Guid Id, PlaceKind Kind, string Name, string? NameEn, Guid? ParentId, string Path,
    CompoundKind? CompoundKind, int? Households)
{
    internal static PlaceResponse From(Place p) =>
        new(p.Id.Value, p.Kind, p.Name, p.NameEn, p.ParentId?.Value, p.Path.ToString(), p.CompoundKind, p.Households);
}

/// <summary>A Party organisation unit.</summary>
public sealed record UnitResponse(Guid Id, string Level, OrganizationUnitKind Kind, string Name, string? NameEn, Guid? ParentId,
    string Path, int Depth, LocalDate Established, LocalDate? Dissolved, bool IsLive, IReadOnlyList<Guid> Places)
{
    internal static UnitResponse From(OrganizationUnit u) =>
        new(u.Id.Value, u.Level, u.Kind, u.Name, u.NameEn, u.ParentId?.Value, u.Path.ToString(), u.Path.Depth,
            u.Established, u.Dissolved, u.IsLive, [.. u.Places.Select(p => p.Value)]);
}

/// <summary>A level of the active hierarchy schema.</summary>
public sealed record LevelResponse(string Key, string Name, string? NameEn, IReadOnlyList<OrganizationUnitKind> Kinds,
    PlaceKind? Covers, int MinPlaces, int? MaxPlaces, bool ExclusiveCoverage, IReadOnlyList<string> ParentLevels);

/// <summary>The active hierarchy schema.</summary>
public sealed record SchemaResponse(string Name, IReadOnlyList<LevelResponse> Levels, int JointBranchMinUnits, int JointBranchMaxUnits);

/// <summary>Registers a place (a district at the top, or a child of a place).</summary>
public sealed record CreatePlaceRequest(PlaceKind Kind, string Name, string? NameEn = null, CompoundKind? CompoundKind = null, int? Households = null);

/// <summary>Establishes an organisation unit (a root, or a child of a unit).</summary>
public sealed record CreateUnitRequest(string Level, OrganizationUnitKind Kind, string Name, string? NameEn = null,
    IReadOnlyList<Guid>? Places = null, LocalDate? Established = null);

/// <summary>Renames a unit or place.</summary>
public sealed record RenameRequest(string Name, string? NameEn = null);

/// <summary>Moves a unit under another parent.</summary>
public sealed record MoveRequest(Guid ParentId);

/// <summary>Dissolves a unit on a date (today when absent).</summary>
public sealed record DissolveRequest(LocalDate? Date = null);

/// <summary>Places to cover or uncover.</summary>
public sealed record PlacesRequest(IReadOnlyList<Guid> Places);
