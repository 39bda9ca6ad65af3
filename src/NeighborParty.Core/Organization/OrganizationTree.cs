using NeighborParty.Common;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Organization;

/// <summary>
/// The operations on the Party-organisation tree: create a root, add a child, rename, move, dissolve, cover and
/// uncover places — each checked against the <see cref="HierarchySchema"/> and the tree's invariants before anything
/// changes.
/// </summary>
/// <remarks>
/// <para>Invariants kept on every operation: no cycle; the parent's level is allowed by the schema and its kind may
/// contain the child's; covered places are of the level's kind, within the level's bounds (a joint branch: 2 to 5,
/// BR-3), inside the parent's places, and (for exclusive levels) covered by no other live unit of the same level;
/// a unit is dissolved only without live children, and kept as history.</para>
/// <para>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Thread-safe if the
/// repositories are; each call is one unit of work.</para>
/// </remarks>
public sealed partial class OrganizationTree
{
    private static readonly RootUnitsSpec Roots = new();
    private readonly IUnitOfWork _work;
    private readonly IRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="OrganizationTree"/> class.</summary>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings (schema, policy, time zone).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OrganizationTree(IRepository<OrganizationUnit> units, IReadRepository<Place> places, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _units = units;
        _places = places;
        _options = options;
        _clock = clock;
    }

    /// <summary>Gets the schema the tree is checked against.</summary>
    public HierarchySchema Schema => _options.Schema;

    /// <summary>Creates a root unit (e.g. a district committee) at a root level of the schema.</summary>
    /// <param name="unit">The new unit.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="RuleViolationException">The level is not a root level, or a rule on places, names or dates is broken.</exception>
    public Task<OrganizationUnit> CreateRootAsync(NewOrganizationUnit unit, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<OrganizationUnit>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(unit);
            var level = CheckLevelAndKind(unit.Level, unit.Kind);
            if (!level.IsRoot)
            {
                throw OrganizationRules.ParentLevel(level, null);
            }

            var places = Distinct(unit.Places);
            var established = CheckEstablished(unit.Established, null);
            await CheckCoverageAsync(level, unit.Kind, places, null, null, cancellationToken);
            var roots = await _units.ListAsync(Roots, cancellationToken);
            var segment = roots.Count == 0 ? 1 : roots.Max(r => r.Path.LastSegment) + 1;
            if (segment > HierarchyPath.MaxSegment)
            {
                throw OrganizationRules.Capacity("No more root units can be created.", "无法再新建顶层组织。");
            }

            var root = OrganizationUnit.CreateRoot(unit.Id ?? OrganizationUnitId.New(), level, unit.Kind, unit.Name, unit.NameEn,
                segment, places, established, Today(), _clock.GetCurrentInstant());
            _units.Add(root);
            return root;
        }, cancellationToken);

    /// <summary>Establishes a unit under <paramref name="parentId"/>.</summary>
    /// <param name="parentId">The live parent.</param>
    /// <param name="unit">The new unit.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule of the schema, the kinds, the places, names or dates is broken.</exception>
    public Task<OrganizationUnit> AddChildAsync(OrganizationUnitId parentId, NewOrganizationUnit unit, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<OrganizationUnit>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(unit);
            var level = CheckLevelAndKind(unit.Level, unit.Kind);
            var parent = await GetLiveAsync(parentId, cancellationToken);
            CheckParent(level, unit.Kind, parent);
            var places = Distinct(unit.Places);
            var established = CheckEstablished(unit.Established, parent);
            await CheckCoverageAsync(level, unit.Kind, places, parent, null, cancellationToken);
            var child = parent.AddChild(unit.Id ?? OrganizationUnitId.New(), level, unit.Kind, unit.Name, unit.NameEn, places, established, Today(), _clock.GetCurrentInstant());
            _units.Add(child);
            _units.Update(parent);
            return child;
        }, cancellationToken);

    /// <summary>Renames a live unit.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="name">The new Chinese name.</param>
    /// <param name="nameEn">The new English name, or null.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="RuleViolationException">Unknown or dissolved unit, or an invalid name.</exception>
    public Task<OrganizationUnit> RenameAsync(OrganizationUnitId id, string name, string? nameEn, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<OrganizationUnit>(async ct =>
        {
            var unit = await GetLiveAsync(id, cancellationToken);
            unit.EnsureVersion(expectedVersion, "unit");
            unit.Rename(name, nameEn, _clock.GetCurrentInstant());
            _units.Update(unit);
            return unit;
        }, cancellationToken);

    /// <summary>Moves a live unit, with its whole subtree, under another live parent.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="newParentId">The new parent.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="RuleViolationException">A cycle (<c>NP-ORG-005</c>), a parent the schema or kinds do not allow, places outside the new parent, or a dissolved unit.</exception>
    public Task<OrganizationUnit> MoveAsync(OrganizationUnitId id, OrganizationUnitId newParentId, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<OrganizationUnit>(async ct =>
        {
            var unit = await GetLiveAsync(id, cancellationToken);
            unit.EnsureVersion(expectedVersion, "unit");
            var newParent = await GetLiveAsync(newParentId, cancellationToken);
            if (newParent.Path.IsWithin(unit.Path))
            {
                throw OrganizationRules.CycleDetected(id, newParentId);
            }

            if (unit.ParentId == newParentId)
            {
                return unit;
            }

            var level = Schema.GetLevel(unit.Level);
            OrganizationUnit.CheckParent(level, unit.Kind, newParent);
            await CheckInsideParentAsync(unit.Places, newParent, cancellationToken);
            var subtree = await _units.ListAsync(new UnitSubtreeSpec(unit.Path), cancellationToken);
            var depthBelow = subtree.Max(u => u.Path.Depth) - unit.Path.Depth;
            if (newParent.Path.Depth + 1 + depthBelow > HierarchyPath.MaxDepth)
            {
                throw OrganizationRules.Capacity($"The move would make the tree deeper than {HierarchyPath.MaxDepth} levels.", $"调整后组织层级将超过{HierarchyPath.MaxDepth}级。");
            }

            var oldPath = unit.MoveUnder(newParent, level, _clock.GetCurrentInstant());
            var newPath = unit.Path;
            var changed = new List<OrganizationUnit>(subtree.Count + 1) { newParent };
            foreach (var descendant in subtree)
            {
                if (descendant.Id == unit.Id)
                {
                    changed.Add(unit);
                    continue;
                }

                descendant.Rebase(oldPath, newPath);
                changed.Add(descendant);
            }

            _units.UpdateRange(changed);
            return unit;
        }, cancellationToken);

    /// <summary>Dissolves a live unit that has no live children; it stays in the tree as history.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="date">The date of dissolution; today when null. Not before establishment, not in the future.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="RuleViolationException">Live children (<c>NP-ORG-007</c>), an impossible date, or an unknown or dissolved unit.</exception>
    public Task<OrganizationUnit> DissolveAsync(OrganizationUnitId id, LocalDate? date = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<OrganizationUnit>(async ct =>
        {
            var unit = await GetLiveAsync(id, cancellationToken);
            unit.EnsureVersion(expectedVersion, "unit");
            var liveChildren = await _units.CountAsync(new ChildUnitsSpec(id), cancellationToken);
            var today = Today();
            unit.Dissolve(date ?? today, liveChildren, today, _clock.GetCurrentInstant());
            _units.Update(unit);
            return unit;
        }, cancellationToken);

    /// <summary>Adds places to those a live unit covers.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="places">The places to add.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule on places is broken (kind, bounds, BR-3, parent's places, exclusivity).</exception>
    public Task<OrganizationUnit> CoverAsync(OrganizationUnitId id, IReadOnlyCollection<PlaceId> places, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<OrganizationUnit>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(places);
            var unit = await GetLiveAsync(id, cancellationToken);
            unit.EnsureVersion(expectedVersion, "unit");
            var add = Distinct(places).Where(p => !unit.Places.Contains(p)).ToList();
            var after = unit.Places.Concat(add).ToList();
            var parent = unit.ParentId is { } parentId ? await GetAsync(parentId, cancellationToken) : null;
            var level = Schema.GetLevel(unit.Level);
            CheckCount(level, unit.Kind, after.Count);
            await CheckPlacesAsync(level, add, parent, unit.Id, cancellationToken);
            unit.ChangeCoverage(add, [], _clock.GetCurrentInstant());
            _units.Update(unit);
            return unit;
        }, cancellationToken);

    /// <summary>Removes places from those a live unit covers.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="places">The places to remove.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> is null.</exception>
    /// <exception cref="RuleViolationException">Too few places would remain (bounds, BR-3), or a live child still covers a removed place.</exception>
    public Task<OrganizationUnit> UncoverAsync(OrganizationUnitId id, IReadOnlyCollection<PlaceId> places, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<OrganizationUnit>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(places);
            var unit = await GetLiveAsync(id, cancellationToken);
            unit.EnsureVersion(expectedVersion, "unit");
            var remove = Distinct(places).Where(unit.Places.Contains).ToList();
            var remaining = unit.Places.Except(remove).ToList();
            CheckCount(Schema.GetLevel(unit.Level), unit.Kind, remaining.Count);
            if (remove.Count > 0)
            {
                var children = await _units.ListAsync(new ChildUnitsSpec(id), cancellationToken);
                var remainingPlaces = await LoadPlacesAsync(remaining, cancellationToken);
                foreach (var child in children)
                {
                    var childPlaces = await LoadPlacesAsync(child.Places, cancellationToken);
                    foreach (var place in childPlaces.Where(cp => !remainingPlaces.Exists(rp => cp.Path.IsWithin(rp.Path))))
                    {
                        throw OrganizationRules.UsedByChild(place.Id, child.Id);
                    }
                }
            }

            unit.ChangeCoverage([], remove, _clock.GetCurrentInstant());
            _units.Update(unit);
            return unit;
        }, cancellationToken);
}
