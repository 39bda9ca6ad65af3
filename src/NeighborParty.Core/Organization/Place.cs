using System.Linq.Expressions;
using NeighborParty.Common;
using NeighborParty.Organization.Events;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Organization;

/// <summary>
/// A place of the physical tree: district (区) → street (街道) → community (社区) → compound (小区) → building (楼栋).
/// </summary>
/// <remarks>
/// Places are registered through <see cref="PlaceDirectory"/>; each place is its own aggregate and hands out the
/// path segments of its children. Not thread-safe.
/// </remarks>
public sealed class Place : AggregateRoot<PlaceId>, Auditing.IAuditedNode, ISnapshotable<Place, PlaceSnapshot>, IPlaced<Place>
{
    private Place()
        : base(default)
    {
    }

    private Place(PlaceId id)
        : base(id)
    {
    }

    private Place(PlaceId id, PlaceKind kind, string name, string? nameEn, PlaceId? parentId, HierarchyPath path)
        : base(id)
    {
        Kind = kind;
        Name = name;
        NameEn = nameEn;
        ParentId = parentId;
        Position = TreePosition.InPlaces(id.Value, path);
    }

    /// <summary>Gets the kind of place.</summary>
    public PlaceKind Kind { get; private set; }

    /// <summary>Gets the Chinese name, such as 武夷香榭.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the English name, or <see langword="null"/>.</summary>
    public string? NameEn { get; private set; }

    /// <summary>Gets the parent place; <see langword="null"/> for a district.</summary>
    public PlaceId? ParentId { get; private set; }

    /// <summary>Gets the place's own position in the tree of places.</summary>
    public TreePosition Position { get; private set; }

    /// <summary>Gets the position in the tree of places.</summary>
    public HierarchyPath Path => Position.Path;

    /// <summary>Gets the last path segment handed out to a child.</summary>
    public int LastChildSegment { get; private set; }

    /// <summary>Gets how a compound is managed; <see langword="null"/> for other places or when unknown.</summary>
    public CompoundKind? CompoundKind { get; private set; }

    /// <summary>Gets the number of households of a compound; <see langword="null"/> when unknown.</summary>
    public int? Households { get; private set; }

    /// <summary>Gets the latitude (WGS 84) of the place's centre, or null when not recorded.</summary>
    public double? Latitude { get; private set; }

    /// <summary>Gets the longitude (WGS 84) of the place's centre, or null when not recorded.</summary>
    public double? Longitude { get; private set; }

    /// <summary>Gets the kind a child of a place of kind <paramref name="kind"/> has, or null for a building.</summary>
    /// <param name="kind">The parent's kind.</param>
    /// <returns>The child kind.</returns>
    public static PlaceKind? ChildKindOf(PlaceKind kind) => kind == PlaceKind.Building ? null : kind + 1;

    /// <summary>Registers a district, the root of a tree of places.</summary>
    /// <param name="id">The new place's id.</param>
    /// <param name="rootSegment">Its number among the districts (the directory gives the next free one).</param>
    /// <param name="name">The Chinese name (1–100 characters).</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="now">When.</param>
    /// <returns>The district.</returns>
    /// <exception cref="RuleViolationException">A bad name.</exception>
    public static Place CreateDistrict(PlaceId id, int rootSegment, string name, string? nameEn, Instant now)
    {
        var place = new Place(id, PlaceKind.District, TextRules.RequireName(name, "name"), TextRules.OptionalName(nameEn, "nameEn"), null, HierarchyPath.Root(rootSegment));
        place.Raise(new PlaceRegistered(id, PlaceKind.District, null, place.Name, now));
        return place;
    }

    /// <summary>Registers a place directly below this one: a street below a district, a community below a street, and so on.</summary>
    /// <param name="id">The new place's id.</param>
    /// <param name="kind">Its kind: the one below this place's (<see cref="ChildKindOf"/>).</param>
    /// <param name="name">The Chinese name (1–100 characters).</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The new place.</returns>
    /// <exception cref="RuleViolationException">A kind that does not fit (<c>NP-PLC-001</c>), a bad name, or no child numbers left.</exception>
    public Place AddChild(PlaceId id, PlaceKind kind, string name, string? nameEn, Instant now, HierarchySchema? schema = null)
    {
        if (ChildKindOf(Kind) != kind)
        {
            throw OrganizationRules.PlaceParent(kind, Kind, schema);
        }

        var child = new Place(id, kind, TextRules.RequireName(name, "name"), TextRules.OptionalName(nameEn, "nameEn"), Id, Path.Append(NextSegment()));
        child.Raise(new PlaceRegistered(id, kind, Id, child.Name, now));
        return child;
    }

    /// <summary>Renames the place.</summary>
    /// <param name="name">The Chinese name (1–100 characters).</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A bad name.</exception>
    public void Rename(string name, string? nameEn, Instant now)
    {
        Name = TextRules.RequireName(name, "name");
        NameEn = TextRules.OptionalName(nameEn, "nameEn");
        Raise(new PlaceChanged(Id, now));
    }

    /// <summary>Records what kind of compound this is and how many households it has.</summary>
    /// <param name="kind">The compound's kind, or null.</param>
    /// <param name="households">The households (0–1,000,000), or null.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <exception cref="RuleViolationException">Not a compound (<c>NP-PLC-002</c>), an unknown kind (<c>NP-PLC-003</c>), or a count out of range (<c>NP-PLC-004</c>).</exception>
    public void DescribeCompound(CompoundKind? kind, int? households, Instant now, HierarchySchema? schema = null)
    {
        if (Kind != PlaceKind.Compound && (kind is not null || households is not null))
        {
            var names = schema ?? HierarchySchema.Yanping;
            var (en, zh) = (PlaceWords.En(names, PlaceKind.Compound), PlaceWords.Zh(names, PlaceKind.Compound));
            throw new RuleViolationException(new RuleViolation("NP-PLC-002",
                $"Only {PlaceWords.A(names, PlaceKind.Compound)} has a {en} kind and households.", $"只有{zh}才有{zh}类型和户数。", target: "compoundKind"));
        }

        if (kind is { } k && !Enum.IsDefined(k))
        {
            var names = schema ?? HierarchySchema.Yanping;
            throw new RuleViolationException(new RuleViolation("NP-PLC-003", $"Unknown {PlaceWords.En(names, PlaceKind.Compound)} kind.", $"未知的{PlaceWords.Zh(names, PlaceKind.Compound)}类型。", target: "compoundKind"));
        }

        if (households is < 0 or > 1_000_000)
        {
            throw new RuleViolationException(new RuleViolation("NP-PLC-004",
                "Households must be between 0 and 1,000,000.", "户数须在0至1000000之间。", target: "households"));
        }

        CompoundKind = kind;
        Households = households;
        Raise(new PlaceChanged(Id, now));
    }

    /// <summary>Records where the place is (WGS 84), for maps and for requests that arrive with coordinates.</summary>
    /// <param name="latitude">The latitude (−90..90), or null with <paramref name="longitude"/> to clear it.</param>
    /// <param name="longitude">The longitude (−180..180), or null with <paramref name="latitude"/> to clear it.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Only one of the two, or a value out of range (<c>NP-PLC-005</c>).</exception>
    public void Locate(double? latitude, double? longitude, Instant now)
    {
        if ((latitude is null) != (longitude is null) || latitude is < -90 or > 90 or double.NaN || longitude is < -180 or > 180 or double.NaN)
        {
            throw new RuleViolationException(new RuleViolation("NP-PLC-005",
                "Give both coordinates (WGS 84: latitude −90..90, longitude −180..180), or neither.", "坐标须同时填写纬度（−90至90）和经度（−180至180），或都不填。", target: "latitude"));
        }

        Latitude = latitude;
        Longitude = longitude;
        Raise(new PlaceChanged(Id, now));
    }

    private int NextSegment()
    {
        if (LastChildSegment >= HierarchyPath.MaxSegment)
        {
            throw OrganizationRules.Capacity($"Place {Id} has used up its {HierarchyPath.MaxSegment} child numbers.", $"地点 {Id} 的下级编号已用尽。");
        }

        return ++LastChildSegment;
    }

    /// <summary>Gets the position a store queries (the place's own).</summary>
    public static IReadOnlyList<Expression<Func<Place, TreePosition>>> Positions { get; } = [p => p.Position];

    /// <inheritdoc />
    TreePosition Auditing.IAuditedNode.AuditPosition => Position;

    /// <inheritdoc />
    public PlaceSnapshot ToSnapshot() => new(Id, Kind, Name, NameEn, ParentId, Position, LastChildSegment, CompoundKind, Households, Latitude, Longitude);

    /// <inheritdoc />
    public static Place FromSnapshot(PlaceSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var place = new Place(snapshot.Id)
        {
            Kind = snapshot.Kind,
            Name = snapshot.Name,
            NameEn = snapshot.NameEn,
            ParentId = snapshot.ParentId,
            Position = snapshot.Position,
            LastChildSegment = snapshot.LastChildSegment,
            CompoundKind = snapshot.CompoundKind,
            Households = snapshot.Households,
            Latitude = snapshot.Latitude,
            Longitude = snapshot.Longitude,
        };
        place.RestoreVersion(version);
        return place;
    }
}
