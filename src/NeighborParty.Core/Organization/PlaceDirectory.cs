using NeighborParty.Common;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Organization;

/// <summary>
/// Registers and reads the places of the physical tree (district → street → community → compound → building).
/// </summary>
/// <remarks>Thread-safe if the repository is; each call is one unit of work.</remarks>
public sealed class PlaceDirectory
{
    private static readonly RootPlacesSpec Roots = new();
    private readonly IUnitOfWork _work;
    private readonly IRepository<Place> _places;
    private readonly IClock _clock;
    private readonly HierarchySchema? _schema;

    /// <summary>Initializes a new instance of the <see cref="PlaceDirectory"/> class.</summary>
    /// <param name="places">The place repository.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <param name="options">The library settings, for place names in refusals in the schema's words (Yanping's when null).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlaceDirectory(IRepository<Place> places, IClock clock, IUnitOfWork work, NeighborPartyOptions? options = null)
    {
        _schema = options?.Schema;
        _work = work ?? throw new ArgumentNullException(nameof(work));
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(clock);
        _places = places;
        _clock = clock;
    }

    /// <summary>Registers a district, the root of a tenant's places.</summary>
    /// <param name="place">The district; its kind must be <see cref="PlaceKind.District"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <exception cref="Common.RuleViolationException">The kind is not a district (<c>NP-PLC-001</c>) or the name is invalid.</exception>
    public Task<Place> RegisterDistrictAsync(NewPlace place, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Place>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(place);
            if (place.Kind != PlaceKind.District)
            {
                throw OrganizationRules.PlaceParent(place.Kind, null, _schema);
            }

            var roots = await _places.ListAsync(Roots, cancellationToken);
            var segment = roots.Count == 0 ? 1 : roots.Max(r => r.Path.LastSegment) + 1;
            if (segment > HierarchyPath.MaxSegment)
            {
                var names = _schema ?? HierarchySchema.Yanping;
                throw OrganizationRules.Capacity($"No more {PlaceWords.Plural(names, PlaceKind.District)} can be registered.", $"无法再登记新的{PlaceWords.Zh(names, PlaceKind.District)}。");
            }

            var district = Place.CreateDistrict(place.Id ?? PlaceId.New(), segment, place.Name, place.NameEn, _clock.GetCurrentInstant());
            _places.Add(district);
            return district;
        }, cancellationToken);

    /// <summary>Registers a place under <paramref name="parentId"/>.</summary>
    /// <param name="parentId">The parent place.</param>
    /// <param name="place">The new place; its kind must be the one directly below the parent's.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <exception cref="Common.RuleViolationException">Unknown parent (<c>NP-ORG-001</c>), wrong kind (<c>NP-PLC-001</c>), or invalid details.</exception>
    public Task<Place> RegisterAsync(PlaceId parentId, NewPlace place, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Place>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(place);
            var parent = await GetAsync(parentId, cancellationToken);
            var now = _clock.GetCurrentInstant();
            var child = parent.AddChild(place.Id ?? PlaceId.New(), place.Kind, place.Name, place.NameEn, now, _schema);
            if (place.CompoundKind is not null || place.Households is not null)
            {
                child.DescribeCompound(place.CompoundKind, place.Households, now, _schema);
            }

            if (place.Latitude is not null || place.Longitude is not null)
            {
                child.Locate(place.Latitude, place.Longitude, now);
            }

            _places.Add(child);
            _places.Update(parent);
            return child;
        }, cancellationToken);

    /// <summary>Renames a place.</summary>
    /// <param name="id">The place.</param>
    /// <param name="name">The new Chinese name.</param>
    /// <param name="nameEn">The new English name, or null.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The place.</returns>
    /// <exception cref="Common.RuleViolationException">Unknown place or invalid name.</exception>
    public Task<Place> RenameAsync(PlaceId id, string name, string? nameEn, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Place>(async ct =>
        {
            var place = await GetAsync(id, cancellationToken);
            place.EnsureVersion(expectedVersion, "place");
            place.Rename(name, nameEn, _clock.GetCurrentInstant());
            _places.Update(place);
            return place;
        }, cancellationToken);

    /// <summary>Sets how a compound is managed and how many households it has.</summary>
    /// <param name="id">The compound.</param>
    /// <param name="kind">How it is managed, or null if unknown.</param>
    /// <param name="households">The households, or null if unknown.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The place.</returns>
    /// <exception cref="Common.RuleViolationException">Unknown place, not a compound, or out-of-range values.</exception>
    public Task<Place> DescribeCompoundAsync(PlaceId id, CompoundKind? kind, int? households, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Place>(async ct =>
        {
            var place = await GetAsync(id, cancellationToken);
            place.EnsureVersion(expectedVersion, "place");
            place.DescribeCompound(kind, households, _clock.GetCurrentInstant(), _schema);
            _places.Update(place);
            return place;
        }, cancellationToken);

    /// <summary>Records where a place is (WGS 84), or clears it with two nulls.</summary>
    /// <param name="id">The place.</param>
    /// <param name="latitude">The latitude, or null.</param>
    /// <param name="longitude">The longitude, or null.</param>
    /// <param name="expectedVersion">The version the caller last saw (the host's <c>If-Match</c>); <see langword="null"/> skips the check.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The place.</returns>
    /// <exception cref="Common.RuleViolationException">Unknown place, or coordinates out of range (<c>NP-PLC-005</c>).</exception>
    public Task<Place> LocateAsync(PlaceId id, double? latitude, double? longitude, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Place>(async ct =>
        {
            var place = await GetAsync(id, cancellationToken);
            place.EnsureVersion(expectedVersion, "place");
            place.Locate(latitude, longitude, _clock.GetCurrentInstant());
            _places.Update(place);
            return place;
        }, cancellationToken);

    /// <summary>Returns a place.</summary>
    /// <param name="id">The place.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The place.</returns>
    /// <exception cref="Common.RuleViolationException">No such place (<c>NP-ORG-001</c>, not found).</exception>
    public async Task<Place> GetAsync(PlaceId id, CancellationToken cancellationToken = default) =>
        await _places.GetByIdAsync(id, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(id);

    /// <summary>Returns the districts.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The root places in tree order.</returns>
    public Task<List<Place>> GetDistrictsAsync(CancellationToken cancellationToken = default) => _places.ListAsync(Roots, cancellationToken);

    /// <summary>Returns the direct children of a place, in tree order.</summary>
    /// <param name="id">The place.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The children.</returns>
    /// <exception cref="Common.RuleViolationException">No such place.</exception>
    public async Task<List<Place>> GetChildrenAsync(PlaceId id, CancellationToken cancellationToken = default)
    {
        await GetAsync(id, cancellationToken);
        return await _places.ListAsync(new ChildPlacesSpec(id), cancellationToken);
    }

    /// <summary>Returns a place and everything below it, optionally of one kind, in tree order.</summary>
    /// <param name="id">The place.</param>
    /// <param name="kind">If set, only places of this kind.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The places.</returns>
    /// <exception cref="Common.RuleViolationException">No such place.</exception>
    public async Task<List<Place>> GetSubtreeAsync(PlaceId id, PlaceKind? kind = null, CancellationToken cancellationToken = default)
    {
        var place = await GetAsync(id, cancellationToken);
        return await _places.ListAsync(new PlaceSubtreeSpec(place.Path, kind), cancellationToken);
    }
}
