using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// The use cases of the Party-organisation tree, each for an acting <see cref="Actor"/>: a kind that may never do it gets
/// <c>NP-SEC-001</c> (403) before anything is looked up; a unit outside the actor's scope answers exactly like an
/// unknown one (<c>NP-ORG-001</c>); the rest loads, changes and commits once.
/// </summary>
public sealed class OrganizationUseCases
{
    private readonly UseCaseContext _context;
    private readonly OrganizationTree _tree;
    private readonly IReadRepository<AuditEntry> _audit;

    /// <summary>Initializes a new instance of the <see cref="OrganizationUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="tree">The tree's operations.</param>
    /// <param name="audit">The audit trail.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OrganizationUseCases(UseCaseContext context, OrganizationTree tree, IReadRepository<AuditEntry> audit)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _tree = tree ?? throw new ArgumentNullException(nameof(tree));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
    }

    /// <summary>The active hierarchy schema and the joint-branch bounds.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings the schema comes from.</returns>
    public async Task<NeighborPartyOptions> SchemaAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureAsync(AccessAction.ReadSchema, cancellationToken);
        return _context.Options;
    }

    /// <summary>Where the actor starts browsing: every root for the system, the actor's own unit for others who may read units.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The units.</returns>
    public Task<List<OrganizationUnit>> TopUnitsAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _context.Guard(actor).GetTopUnitsAsync(cancellationToken);

    /// <summary>One unit, live or dissolved.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The unit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> GetAsync(Actor actor, OrganizationUnitId id, CancellationToken cancellationToken = default) =>
        _context.Guard(actor).EnsureUnitAsync(AccessAction.ReadUnits, id, cancellationToken);

    /// <summary>The direct children of a unit.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The unit.</param>
    /// <param name="includeDissolved">Whether dissolved children are listed too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The children.</returns>
    public async Task<List<OrganizationUnit>> ChildrenAsync(Actor actor, OrganizationUnitId id, bool includeDissolved = false, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureUnitPathAsync(AccessAction.ReadUnits, id, cancellationToken); // the unit's path only, not the aggregate
        return await _tree.ReadChildrenAsync(id, includeDissolved, cancellationToken); // shown, never changed: not tracked
    }

    /// <summary>A unit and everything below it, in tree order.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The unit.</param>
    /// <param name="includeDissolved">Whether dissolved units are listed too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subtree.</returns>
    public async Task<List<OrganizationUnit>> SubtreeAsync(Actor actor, OrganizationUnitId id, bool includeDissolved = false, CancellationToken cancellationToken = default)
    {
        var path = await _context.Guard(actor).EnsureUnitPathAsync(AccessAction.ReadUnits, id, cancellationToken);
        return await _tree.ReadSubtreeAsync(path, includeDissolved, cancellationToken);
    }

    /// <summary>Creates a root unit (the system actor only, by default).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> CreateRootAsync(Actor actor, NewOrganizationUnit unit, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsureAsync(AccessAction.CreateRootUnit, ct);
            return await _tree.CreateRootAsync(unit, ct);
        }, cancellationToken);

    /// <summary>Establishes a unit under a live parent in the actor's scope, covering places the actor can see.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="parentId">The parent.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> AddChildAsync(Actor actor, OrganizationUnitId parentId, NewOrganizationUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureUnitAsync(AccessAction.AddChildUnit, parentId, ct);
            await guard.EnsurePlacesAsync(AccessAction.ReadPlaces, unit.Places ?? [], ct);
            return await _tree.AddChildAsync(parentId, unit, ct);
        }, cancellationToken);
    }

    /// <summary>Renames a live unit.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The unit.</param>
    /// <param name="name">The name.</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> RenameAsync(Actor actor, OrganizationUnitId id, string name, string? nameEn, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsureUnitAsync(AccessAction.ChangeUnit, id, ct);
            return await _tree.RenameAsync(id, name, nameEn, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Moves a live unit with its subtree under another live parent; both in the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The unit.</param>
    /// <param name="parentId">The new parent.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> MoveAsync(Actor actor, OrganizationUnitId id, OrganizationUnitId parentId, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureUnitAsync(AccessAction.MoveUnit, id, ct);
            await guard.EnsureUnitAsync(AccessAction.AddChildUnit, parentId, ct);
            return await _tree.MoveAsync(id, parentId, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Dissolves a unit without live children.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The unit.</param>
    /// <param name="date">The day, or null for today.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> DissolveAsync(Actor actor, OrganizationUnitId id, LocalDate? date, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsureUnitAsync(AccessAction.DissolveUnit, id, ct);
            return await _tree.DissolveAsync(id, date, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Covers more places (each one the actor can see).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The unit.</param>
    /// <param name="places">The places.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> CoverAsync(Actor actor, OrganizationUnitId id, IReadOnlyCollection<PlaceId> places, long? expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeCoverageAsync(actor, id, places, (p, ct) => _tree.CoverAsync(id, p, expectedVersion, ct), cancellationToken);

    /// <summary>Stops covering places.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The unit.</param>
    /// <param name="places">The places.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit.</returns>
    public Task<OrganizationUnit> UncoverAsync(Actor actor, OrganizationUnitId id, IReadOnlyCollection<PlaceId> places, long? expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeCoverageAsync(actor, id, places, (p, ct) => _tree.UncoverAsync(id, p, expectedVersion, ct), cancellationToken);

    /// <summary>The audit trail of a unit's subtree, newest first.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The unit.</param>
    /// <param name="before">Only entries before this instant (the last one of the previous page), or null.</param>
    /// <param name="take">How many (1–500).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    public async Task<List<AuditEntry>> AuditAsync(Actor actor, OrganizationUnitId id, Instant? before, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(0, take, 500);
        var unit = await _context.Guard(actor).EnsureUnitAsync(AccessAction.ReadAudit, id, cancellationToken);
        return await _audit.ListAsync(new AuditTrailSpec(TreeKind.Unit, unit.Path, before, take), cancellationToken);
    }

    private Task<OrganizationUnit> ChangeCoverageAsync(Actor actor, OrganizationUnitId id, IReadOnlyCollection<PlaceId> places,
        Func<IReadOnlyCollection<PlaceId>, CancellationToken, Task<OrganizationUnit>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureUnitAsync(AccessAction.ChangeUnit, id, ct);
            await guard.EnsurePlacesAsync(AccessAction.ReadPlaces, places, ct);
            return await change(places, ct);
        }, cancellationToken);
    }
}
