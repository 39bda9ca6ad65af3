using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>Positions (近邻阵地), deployed teams (下沉队伍) and deputies' motions, for an acting <see cref="Actor"/>.</summary>
public sealed class DeploymentUseCases
{
    private readonly UseCaseContext _context;
    private readonly DeploymentService _service;
    private readonly IReadRepository<Position> _positions;
    private readonly IReadRepository<DeployedTeam> _teams;
    private readonly IReadRepository<DeputyMotion> _motions;
    private readonly IReadRepository<Partner> _partners;

    /// <summary>Initializes a new instance of the <see cref="DeploymentUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="service">The deployments' operations.</param>
    /// <param name="positions">The positions.</param>
    /// <param name="teams">The teams.</param>
    /// <param name="motions">The motions.</param>
    /// <param name="partners">The partners.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeploymentUseCases(UseCaseContext context, DeploymentService service, IReadRepository<Position> positions, IReadRepository<DeployedTeam> teams,
        IReadRepository<DeputyMotion> motions, IReadRepository<Partner> partners)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _positions = positions ?? throw new ArgumentNullException(nameof(positions));
        _teams = teams ?? throw new ArgumentNullException(nameof(teams));
        _motions = motions ?? throw new ArgumentNullException(nameof(motions));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
    }

    /// <summary>The positions in a place's compounds.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The positions.</returns>
    public async Task<List<Position>> PositionsAsync(Actor actor, PlaceId place, CancellationToken cancellationToken = default) =>
        await _positions.ListAsync(new PositionsInScopeSpec((await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadCoBuilding, place, cancellationToken)).Path), cancellationToken);

    /// <summary>Records a position opened in a compound of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The name.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="partner">Who runs it, or null.</param>
    /// <param name="opened">The day it opened.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The position.</returns>
    public Task<Position> OpenPositionAsync(Actor actor, string kind, string name, PlaceId compound, PartnerId? partner, LocalDate opened, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ManageCoBuilding, compound, ct);
            return await _service.OpenPositionAsync(kind, name, compound, partner, opened, ct);
        }, cancellationToken);

    /// <summary>Records that a position closed.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The position.</param>
    /// <param name="day">The day.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The position.</returns>
    public Task<Position> ClosePositionAsync(Actor actor, PositionId id, LocalDate day, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await EnsureManagedAsync(_context.Guard(actor), c => _positions.GetByIdAsync(id, c), p => p.Compound.Path, "position", id.Value, ct);
            return await _service.ClosePositionAsync(id, day, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>The teams deployed through a place's subtree.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The teams.</returns>
    public async Task<List<DeployedTeam>> TeamsAsync(Actor actor, PlaceId place, CancellationToken cancellationToken = default) =>
        await _teams.ListAsync(new TeamsInScopeSpec((await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadCoBuilding, place, cancellationToken)).Path), cancellationToken);

    /// <summary>Records a team deployed from a place of the actor's scope to compounds.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The name.</param>
    /// <param name="partner">The partner, or null.</param>
    /// <param name="home">Where it is deployed from.</param>
    /// <param name="compounds">The compounds.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The team.</returns>
    public Task<DeployedTeam> DeployTeamAsync(Actor actor, string kind, string name, PartnerId? partner, PlaceId home, IReadOnlyCollection<PlaceId> compounds, LocalDate from,
        LocalDate? to, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ManageCoBuilding, home, ct);
            return await _service.DeployTeamAsync(kind, name, partner, home, compounds, from, to, ct);
        }, cancellationToken);

    /// <summary>Records the end of a team's deployment.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The team.</param>
    /// <param name="day">The day.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The team.</returns>
    public Task<DeployedTeam> EndTeamAsync(Actor actor, DeployedTeamId id, LocalDate day, long? expectedVersion, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await EnsureManagedAsync(_context.Guard(actor), c => _teams.GetByIdAsync(id, c), t => t.Home.Path, "team", id.Value, ct);
            return await _service.EndTeamAsync(id, day, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>The motions arising from a place's compounds, or filed by a deputy (give one).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place, or null.</param>
    /// <param name="deputy">The deputy, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The motions.</returns>
    public async Task<List<DeputyMotion>> MotionsAsync(Actor actor, PlaceId? place, PartnerId? deputy, CancellationToken cancellationToken = default)
    {
        var guard = _context.Guard(actor);
        var spec = place is { } p
            ? new MotionsSpec((await guard.EnsurePlaceAsync(AccessAction.ReadCoBuilding, p, cancellationToken)).Path)
            : new MotionsSpec((await CoBuildingAccess.EnsurePartnerOrStaffAsync(guard, _partners, deputy ?? throw new ArgumentNullException(nameof(deputy)),
                AccessAction.ReadCoBuilding, cancellationToken)).Id);
        return await _motions.ListAsync(spec, cancellationToken);
    }

    /// <summary>Records a deputy's motion (the deputy, or staff of the compound).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="deputy">The deputy.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="title">The title.</param>
    /// <param name="compound">The compound it arises from.</param>
    /// <param name="filedWith">Where it was filed.</param>
    /// <param name="filedOn">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The motion.</returns>
    public Task<DeputyMotion> FileMotionAsync(Actor actor, PartnerId deputy, MotionKind kind, string title, PlaceId compound, string filedWith, LocalDate filedOn,
        CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            if (!await CoBuildingAccess.IsPartyAsync(guard, deputy, ct))
            {
                await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, compound, ct);
            }

            return await _service.FileMotionAsync(deputy, kind, title, compound, filedWith, filedOn, ct);
        }, cancellationToken);

    /// <summary>Moves a motion on.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The motion.</param>
    /// <param name="status">The new status.</param>
    /// <param name="day">The day.</param>
    /// <param name="text">The answer's text, or null.</param>
    /// <param name="handledBy">Who handles it, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The motion.</returns>
    public Task<DeputyMotion> MoveMotionAsync(Actor actor, MotionId id, MotionStatus status, LocalDate day, string? text, string? handledBy, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await EnsureManagedAsync(_context.Guard(actor), c => _motions.GetByIdAsync(id, c), m => m.Compound.Path, "motion", id.Value, ct);
            return await _service.MoveMotionAsync(id, status, day, text, handledBy, expectedVersion, ct);
        }, cancellationToken);

    private static async Task EnsureManagedAsync<T>(AccessGuard guard, Func<CancellationToken, Task<T?>> load, Func<T, HierarchyPath> place, string what, Guid id,
        CancellationToken cancellationToken)
        where T : class
    {
        await guard.EnsureKindMayAsync(AccessAction.ManageCoBuilding, cancellationToken); // 403 before anything is looked up
        var record = await load(cancellationToken);
        if (record is null || !await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(place(record)), cancellationToken))
        {
            throw CoBuildingAccess.NotFound(what, id);
        }
    }
}
