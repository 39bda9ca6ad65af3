using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NodaTime;

namespace NeighborParty.SampleApi.Organization;

/// <summary>A place of the physical tree; <c>version</c> is also sent as the ETag.</summary>
public sealed record PlaceResponse(Guid Id, PlaceKind Kind, string Name, string? NameEn, Guid? ParentId, string Path,
    CompoundKind? CompoundKind, int? Households, long Version, double? Latitude = null, double? Longitude = null)
{
    internal static PlaceResponse From(Place p) =>
        new(p.Id.Value, p.Kind, p.Name, p.NameEn, p.ParentId?.Value, p.Path.ToString(), p.CompoundKind, p.Households, p.Version, p.Latitude, p.Longitude);
}

/// <summary>A Party organisation unit; <c>version</c> is also sent as the ETag.</summary>
public sealed record UnitResponse(Guid Id, string Level, OrganizationUnitKind Kind, string Name, string? NameEn, Guid? ParentId,
    string Path, int Depth, LocalDate Established, LocalDate? Dissolved, bool IsLive, IReadOnlyList<Guid> Places, long Version)
{
    internal static UnitResponse From(OrganizationUnit u) =>
        new(u.Id.Value, u.Level, u.Kind, u.Name, u.NameEn, u.ParentId?.Value, u.Path.ToString(), u.Path.Depth,
            u.Established, u.Dissolved, u.IsLive, [.. u.Places.Select(p => p.Value)], u.Version);
}

/// <summary>A level of the active hierarchy schema.</summary>
public sealed record LevelResponse(string Key, string Name, string? NameEn, IReadOnlyList<OrganizationUnitKind> Kinds,
    PlaceKind? Covers, int MinPlaces, int? MaxPlaces, bool ExclusiveCoverage, IReadOnlyList<string> ParentLevels);

/// <summary>The active hierarchy schema.</summary>
public sealed record SchemaResponse(string Name, IReadOnlyList<LevelResponse> Levels, int JointBranchMinUnits, int JointBranchMaxUnits);

/// <summary>Registers a place (a district at the top, or a child of a place).</summary>
public sealed record CreatePlaceRequest(PlaceKind Kind, string Name, string? NameEn = null, CompoundKind? CompoundKind = null, int? Households = null,
    double? Latitude = null, double? Longitude = null)
    : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Defined<PlaceKind>(Kind, "kind"),
        FieldRules.Name(Name, "name"),
        FieldRules.Name(NameEn, "nameEn", required: false),
        FieldRules.Defined(CompoundKind, "compoundKind"),
        FieldRules.Range(Households, 0, 1_000_000, "households"),
    }.OfType<RuleViolation>();
}

/// <summary>Establishes an organisation unit (a root, or a child of a unit).</summary>
public sealed record CreateUnitRequest(string Level, OrganizationUnitKind Kind, string Name, string? NameEn = null,
    IReadOnlyList<Guid>? Places = null, LocalDate? Established = null) : IValidatableRequest
{
    /// <summary>The most places one request may name.</summary>
    public const int MaxPlaces = 100;

    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Key(Level, "level"),
        FieldRules.Defined<OrganizationUnitKind>(Kind, "kind"),
        FieldRules.Name(Name, "name"),
        FieldRules.Name(NameEn, "nameEn", required: false),
        FieldRules.Count(Places?.Count, 0, MaxPlaces, "places"),
        Places?.Any(p => p == Guid.Empty) == true ? FieldRules.Id(Guid.Empty, "places") : null,
        Established is { } e ? FieldRules.Range(e.Year, 1921, 9999, "established") : null,
    }.OfType<RuleViolation>();
}

/// <summary>Renames a unit or place.</summary>
public sealed record RenameRequest(string Name, string? NameEn = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() =>
        new[] { FieldRules.Name(Name, "name"), FieldRules.Name(NameEn, "nameEn", required: false) }.OfType<RuleViolation>();
}

/// <summary>Moves a unit under another parent.</summary>
public sealed record MoveRequest(Guid ParentId) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Id(ParentId, "parentId") }.OfType<RuleViolation>();
}

/// <summary>Dissolves a unit on a date (today when absent).</summary>
public sealed record DissolveRequest(LocalDate? Date = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() =>
        new[] { Date is { } d ? FieldRules.Range(d.Year, 1921, 9999, "date") : null }.OfType<RuleViolation>();
}

/// <summary>Places to cover or uncover.</summary>
public sealed record PlacesRequest(IReadOnlyList<Guid> Places) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Count(Places?.Count, 1, CreateUnitRequest.MaxPlaces, "places"),
        Places?.Any(p => p == Guid.Empty) == true ? FieldRules.Id(Guid.Empty, "places") : null,
    }.OfType<RuleViolation>();
}

/// <summary>How a compound is managed and how many households it has (null: unknown).</summary>
public sealed record CompoundDetailsRequest(CompoundKind? CompoundKind, int? Households) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Defined(CompoundKind, "compoundKind"),
        FieldRules.Range(Households, 0, 1_000_000, "households"),
    }.OfType<RuleViolation>();
}

/// <summary>Where a place is (WGS 84): both coordinates, or neither to clear them.</summary>
public sealed record LocationRequest(double? Latitude, double? Longitude);
