using NeighborParty.Auditing;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// The use cases of the tree of places, each for an acting <see cref="Actor"/>: an actor reaches the places their unit
/// covers and everything below; a place outside answers exactly like an unknown one.
/// </summary>
public sealed class PlaceUseCases
{
    private readonly UseCaseContext _context;
    private readonly PlaceDirectory _directory;
    private readonly OrganizationTree _tree;
    private readonly IReadRepository<AuditEntry> _audit;

    /// <summary>Initializes a new instance of the <see cref="PlaceUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="directory">The places' operations.</param>
    /// <param name="tree">The organisation tree (compounds without a branch).</param>
    /// <param name="audit">The audit trail.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlaceUseCases(UseCaseContext context, PlaceDirectory directory, OrganizationTree tree, IReadRepository<AuditEntry> audit)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _tree = tree ?? throw new ArgumentNullException(nameof(tree));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
    }

    /// <summary>Where the actor starts browsing: every district for the system, the places the actor's unit covers otherwise.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The places.</returns>
    public Task<List<Place>> TopPlacesAsync(Actor actor, CancellationToken cancellationToken = default) => _context.Guard(actor).GetTopPlacesAsync(cancellationToken);

    /// <summary>One place.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The place.</returns>
    public Task<Place> GetAsync(Actor actor, PlaceId id, CancellationToken cancellationToken = default) =>
        _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadPlaces, id, cancellationToken);

    /// <summary>The direct children of a place.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The children.</returns>
    public async Task<List<Place>> ChildrenAsync(Actor actor, PlaceId id, CancellationToken cancellationToken = default)
    {
        await GetAsync(actor, id, cancellationToken);
        return await _directory.GetChildrenAsync(id, cancellationToken);
    }

    /// <summary>A place and everything below it (optionally one kind), in tree order.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The place.</param>
    /// <param name="kind">Only this kind, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The places.</returns>
    public async Task<List<Place>> SubtreeAsync(Actor actor, PlaceId id, PlaceKind? kind = null, CancellationToken cancellationToken = default)
    {
        await GetAsync(actor, id, cancellationToken);
        return await _directory.GetSubtreeAsync(id, kind, cancellationToken);
    }

    /// <summary>Compounds inside a place that no live compound-level unit covers.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The compounds.</returns>
    public async Task<List<Place>> CompoundsWithoutBranchAsync(Actor actor, PlaceId id, CancellationToken cancellationToken = default)
    {
        await GetAsync(actor, id, cancellationToken);
        return await _tree.FindCompoundsWithoutBranchAsync(id, cancellationToken);
    }

    /// <summary>Registers a district (the system actor only, by default).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="place">The district.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The district.</returns>
    public Task<Place> RegisterDistrictAsync(Actor actor, NewPlace place, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsureAsync(AccessAction.RegisterDistrict, ct);
            return await _directory.RegisterDistrictAsync(place, ct);
        }, cancellationToken);

    /// <summary>Registers a place under another in the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="parentId">The parent place.</param>
    /// <param name="place">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The place.</returns>
    public Task<Place> RegisterAsync(Actor actor, PlaceId parentId, NewPlace place, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.RegisterPlace, parentId, ct);
            return await _directory.RegisterAsync(parentId, place, ct);
        }, cancellationToken);

    /// <summary>Renames a place.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The place.</param>
    /// <param name="name">The name.</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The place.</returns>
    public Task<Place> RenameAsync(Actor actor, PlaceId id, string name, string? nameEn, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ChangePlace, id, ct);
            return await _directory.RenameAsync(id, name, nameEn, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Records a compound's kind and households.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The compound.</param>
    /// <param name="kind">The kind, or null.</param>
    /// <param name="households">The households, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The place.</returns>
    public Task<Place> DescribeCompoundAsync(Actor actor, PlaceId id, CompoundKind? kind, int? households, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ChangePlace, id, ct);
            return await _directory.DescribeCompoundAsync(id, kind, households, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Records where a place is (WGS 84), or clears it with two nulls.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The place.</param>
    /// <param name="latitude">The latitude, or null.</param>
    /// <param name="longitude">The longitude, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The place.</returns>
    public Task<Place> LocateAsync(Actor actor, PlaceId id, double? latitude, double? longitude, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ChangePlace, id, ct);
            return await _directory.LocateAsync(id, latitude, longitude, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>The audit trail of a place's subtree, newest first.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The place.</param>
    /// <param name="before">Only entries before this instant, or null.</param>
    /// <param name="take">How many (1–500).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    public async Task<List<AuditEntry>> AuditAsync(Actor actor, PlaceId id, Instant? before, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(0, take, 500);
        var place = await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadAudit, id, cancellationToken);
        return await _audit.ListAsync(new AuditTrailSpec(TreeKind.Place, place.Path, before, take), cancellationToken);
    }
}
