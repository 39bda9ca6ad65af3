using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// What every use case needs besides its capability's services: the guard of the acting actor, the unit of work, the
/// settings and the clock. Registered by <c>AddNeighborParty</c>; the use cases take it in their constructors.
/// </summary>
public sealed class UseCaseContext
{
    private readonly ActorScopeCache? _scopes;
    private readonly Accounting.ReportCache? _reports;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly IReadRepository<PartyMember> _members;
    private readonly IUnitOfWork _work;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="UseCaseContext"/> class.</summary>
    /// <param name="units">The units (where actors stand, what they reach).</param>
    /// <param name="places">The places.</param>
    /// <param name="members">The members (a member is reached through where they belong).</param>
    /// <param name="work">The unit of work each use case runs in.</param>
    /// <param name="options">The library settings (the access policy among them).</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UseCaseContext(IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, IReadRepository<PartyMember> members, IUnitOfWork work,
        NeighborPartyOptions options, IClock clock)
    {
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _members = members ?? throw new ArgumentNullException(nameof(members));
        _work = work ?? throw new ArgumentNullException(nameof(work));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Initializes a new instance of the <see cref="UseCaseContext"/> class whose guards take remembered actor scopes from <paramref name="scopes"/>.</summary>
    /// <param name="units">The units (where actors stand, what they reach).</param>
    /// <param name="places">The places.</param>
    /// <param name="members">The members (a member is reached through where they belong).</param>
    /// <param name="work">The unit of work each use case runs in.</param>
    /// <param name="options">The library settings (the access policy among them).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="scopes">The process-wide actor-scope cache.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UseCaseContext(IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, IReadRepository<PartyMember> members, IUnitOfWork work,
        NeighborPartyOptions options, IClock clock, ActorScopeCache scopes)
        : this(units, places, members, work, options, clock)
    {
        _scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
    }

    /// <summary>Initializes a new instance of the <see cref="UseCaseContext"/> class with the process-wide caches.</summary>
    /// <param name="units">The units (where actors stand, what they reach).</param>
    /// <param name="places">The places.</param>
    /// <param name="members">The members (a member is reached through where they belong).</param>
    /// <param name="work">The unit of work each use case runs in.</param>
    /// <param name="options">The library settings (the access policy among them).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="scopes">The process-wide actor-scope cache.</param>
    /// <param name="reports">The process-wide report cache (reports are remembered only after the guard let the reader see them).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UseCaseContext(IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, IReadRepository<PartyMember> members, IUnitOfWork work,
        NeighborPartyOptions options, IClock clock, ActorScopeCache scopes, Accounting.ReportCache reports)
        : this(units, places, members, work, options, clock, scopes)
    {
        _reports = reports ?? throw new ArgumentNullException(nameof(reports));
    }

    /// <summary>Returns a place's report over days, remembered for a while when the report cache is registered.</summary>
    internal Task<Accounting.RollUpReport> ReportAsync(PlaceId place, NodaTime.DateInterval days, Func<CancellationToken, Task<Accounting.RollUpReport>> count,
        CancellationToken cancellationToken) =>
        _reports is null ? count(cancellationToken) : _reports.GetOrCountAsync(place, days, count, cancellationToken);

    /// <summary>
    /// Returns a place's report of one sort as of today (a sweep, a coverage report, a summary), remembered for a while
    /// when the report cache is registered: a client paging through its items reads it once, not once per page.
    /// </summary>
    internal Task<T> ReportOfTodayAsync<T>(string sort, PlaceId place, Func<CancellationToken, Task<T>> make, CancellationToken cancellationToken)
        where T : class =>
        _reports is null ? make(cancellationToken) : _reports.GetOrMakeAsync(sort, place, Today, make, cancellationToken);

    internal NeighborPartyOptions Options { get; }

    /// <summary>
    /// The names of places, for the lists that show them: remembered ones from the actor-scope cache (forgotten by every
    /// commit of a unit or place), the others in one projected query.
    /// </summary>
    internal async Task<Dictionary<PlaceId, string>> PlaceNamesAsync(IEnumerable<PlaceId> places, CancellationToken cancellationToken)
    {
        var names = new Dictionary<PlaceId, string>();
        List<PlaceId>? missing = null;
        foreach (var id in places)
        {
            if (names.ContainsKey(id))
            {
                continue;
            }

            if (_scopes is not null && _scopes.TryGetName(id, out var name))
            {
                names[id] = name;
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is null)
        {
            return names;
        }

        var generation = _scopes?.NamesGeneration ?? 0;
        foreach (var node in await _places.ListAsync(new Organization.Specifications.PlaceNodesByIdSpec(missing), cancellationToken))
        {
            names[node.Id] = node.Name;
            _scopes?.PutName(node.Id, generation, node.Name);
        }

        return names;
    }

    /// <summary>The children of a place, read-only (the rows of a report summed by level).</summary>
    internal Task<List<Place>> ChildPlacesAsync(PlaceId place, CancellationToken cancellationToken) =>
        _places.ListAsync(new Organization.Specifications.ChildPlacesSpec(place), cancellationToken);

    internal LocalDate Today => Common.ClockExtensions.Today(_clock, Options);

    internal Instant Now => _clock.GetCurrentInstant();

    /// <summary>The guard of <paramref name="actor"/> (one per use case call: it caches where the actor stands).</summary>
    internal AccessGuard Guard(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _scopes is null
            ? new AccessGuard(new FixedActor(actor), _units, _places, _members, Options)
            : new AccessGuard(new FixedActor(actor), _units, _places, _members, Options, _scopes);
    }

    /// <summary>
    /// Runs a use case as one unit of work acted by <paramref name="actor"/>: its checks, loads and changes commit
    /// together or not at all, and its audit entries and stored records name <paramref name="actor"/> (not whatever the
    /// host's ambient accessor says).
    /// </summary>
    internal Task<T> RunAsync<T>(Actor actor, Func<CancellationToken, Task<T>> useCase, CancellationToken cancellationToken) =>
        _work is UnitOfWork work ? work.ExecuteAsAsync(actor, useCase, cancellationToken) : _work.ExecuteAsync(useCase, cancellationToken);

    /// <summary>
    /// Runs work that opens its own unit of work (an import's stream) acted by <paramref name="actor"/>: what it
    /// stores names <paramref name="actor"/>.
    /// </summary>
    internal Task<T> ActAsync<T>(Actor actor, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _work is UnitOfWork unit ? unit.ActAsAsync(actor, work, cancellationToken) : work(cancellationToken);

    private sealed class FixedActor(Actor actor) : IActorAccessor
    {
        public Actor? Current => actor;
    }
}
