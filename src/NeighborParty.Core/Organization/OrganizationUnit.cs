using NeighborParty.Common;
using NeighborParty.Persistence;
using NeighborParty.Organization.Events;
using NodaTime;

namespace NeighborParty.Organization;

/// <summary>
/// A Party organisation unit (党组织): a committee, working committee, general branch, branch, joint branch or party
/// group, at a level of the district's <see cref="HierarchySchema"/>, covering places (or a purpose).
/// </summary>
/// <remarks>
/// Each step checks what the unit can see itself (schema level and kind, parent, dates, cycle, live children counted by
/// the caller); <see cref="OrganizationTree"/> checks what spans several units (coverage, places inside the parent,
/// depth) and moves the subtree. A dissolved unit stays as history. Not thread-safe.
/// </remarks>
public sealed partial class OrganizationUnit : AggregateRoot<OrganizationUnitId>, Auditing.IAuditedNode, ISnapshotable<OrganizationUnit, OrganizationUnitSnapshot>, IPlaced<OrganizationUnit>
{
    // The coverage a store filled (EF Core sets this field) or a step changed; null while a copy reads its snapshot's.
    private List<CoveredPlace>? _coverage;

    // The snapshot's coverage, shared read-only by a rebuilt copy until its first change (copies are made per read).
    private IReadOnlyList<CoveredPlace>? _storedCoverage;

    private OrganizationUnit()
        : base(default)
    {
    }

    private OrganizationUnit(OrganizationUnitId id)
        : base(id)
    {
    }

    private OrganizationUnit(OrganizationUnitId id, string level, OrganizationUnitKind kind, string name, string? nameEn,
        OrganizationUnitId? parentId, HierarchyPath path, IEnumerable<PlaceId> places, LocalDate established)
        : base(id)
    {
        Level = level;
        Kind = kind;
        Name = name;
        NameEn = nameEn;
        ParentId = parentId;
        SetPath(path);
        Established = established;
        _coverage = [.. places.Select(p => new CoveredPlace(p))];
    }

    /// <summary>Gets the key of the unit's level in the schema, such as <c>compound</c>.</summary>
    public string Level { get; private set; } = string.Empty;

    /// <summary>Gets the kind of unit.</summary>
    public OrganizationUnitKind Kind { get; private set; }

    /// <summary>Gets the Chinese name, such as 武夷香榭小区党支部.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the English name, or <see langword="null"/>.</summary>
    public string? NameEn { get; private set; }

    /// <summary>Gets the parent unit; <see langword="null"/> for a root.</summary>
    public OrganizationUnitId? ParentId { get; private set; }

    /// <summary>Gets the unit's own position in the organisation tree.</summary>
    public TreePosition Position { get; private set; }

    /// <summary>Gets the position in the tree; "is A inside B" is <c>a.Path.IsWithin(b.Path)</c>.</summary>
    public HierarchyPath Path => Position.Path;

    /// <summary>Gets the last path segment handed out to a child.</summary>
    public int LastChildSegment { get; private set; }

    /// <summary>Gets the date the unit was established.</summary>
    public LocalDate Established { get; private set; }

    /// <summary>Gets the date the unit was dissolved, or <see langword="null"/> while it is live.</summary>
    public LocalDate? Dissolved { get; private set; }

    /// <summary>Gets a value indicating whether the unit is live (not dissolved).</summary>
    public bool IsLive => Dissolved is null;

    /// <summary>Gets the places the unit covers (empty for a functional group).</summary>
    public IReadOnlyList<PlaceId> Places => [.. Coverage.Select(c => c.PlaceId)];

    /// <summary>Gets the coverage rows (what a store keeps; <see cref="Places"/> is the same as ids).</summary>
    public IReadOnlyList<CoveredPlace> Coverage => (IReadOnlyList<CoveredPlace>?)_coverage ?? _storedCoverage ?? [];

    /// <summary>Tells whether this unit is <paramref name="scope"/> or lies in its subtree. Constant time.</summary>
    /// <param name="scope">The would-be ancestor.</param>
    /// <returns><see langword="true"/> if this unit is inside <paramref name="scope"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public bool IsWithin(OrganizationUnit scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Path.IsWithin(scope.Path);
    }

    /// <summary>Tells whether the unit was live on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if established on or before the date and not dissolved by then.</returns>
    public bool WasLiveOn(LocalDate date) => Established <= date && (Dissolved is null || date < Dissolved);

    /// <summary>Applies a checked change of coverage (the tree checks the places).</summary>
    internal void ChangeCoverage(IReadOnlyCollection<PlaceId> add, IReadOnlyCollection<PlaceId> remove, Instant now)
    {
        var coverage = _coverage ??= [.. _storedCoverage ?? []];
        _storedCoverage = null;
        var added = add.Where(p => !coverage.Exists(c => c.PlaceId == p)).Distinct().ToList();
        var removed = remove.Where(p => coverage.Exists(c => c.PlaceId == p)).Distinct().ToList();
        coverage.RemoveAll(c => removed.Contains(c.PlaceId));
        coverage.AddRange(added.Select(p => new CoveredPlace(p)));
        if (added.Count + removed.Count > 0)
        {
            Raise(new OrganizationUnitCoverageChanged(Id, added, removed, now));
        }
    }

    /// <summary>Follows its moved ancestor: the subtree's paths are rebased in the move's unit of work.</summary>
    internal void Rebase(HierarchyPath from, HierarchyPath to) => SetPath(Path.Rebase(from, to));

    private void SetPath(HierarchyPath path) => Position = TreePosition.InUnits(Id.Value, path);

    private int NextSegment()
    {
        if (LastChildSegment >= HierarchyPath.MaxSegment)
        {
            throw OrganizationRules.Capacity($"Unit {Id} has used up its {HierarchyPath.MaxSegment} child numbers.", $"组织 {Id} 的下级编号已用尽。");
        }

        return ++LastChildSegment;
    }

    /// <summary>Gets the position a store queries (the unit's own).</summary>
    public static IReadOnlyList<System.Linq.Expressions.Expression<Func<OrganizationUnit, TreePosition>>> Positions { get; } = [u => u.Position];

    /// <inheritdoc />
    TreePosition Auditing.IAuditedNode.AuditPosition => Position;
}
