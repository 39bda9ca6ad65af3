using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// What co-building puts into compounds besides the menu: positions (近邻阵地), teams sent down (下沉队伍) and deputies'
/// motions (议案 / 提案 / 建议). Each call is one unit of work; the aggregates check their own rules.
/// </summary>
/// <remarks>A refused call changes nothing. Scoped.</remarks>
public sealed class DeploymentService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<Position> _positions;
    private readonly IRepository<DeployedTeam> _teams;
    private readonly IRepository<DeputyMotion> _motions;
    private readonly IReadRepository<Partner> _partners;
    private readonly IReadRepository<Place> _places;
    private readonly CoBuildingLookups _context;

    /// <summary>Initializes a new instance of the <see cref="DeploymentService"/> class.</summary>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <param name="positions">The positions.</param>
    /// <param name="teams">The teams.</param>
    /// <param name="motions">The motions.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="places">The places.</param>
    /// <param name="actors">Who acts.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeploymentService(IUnitOfWork work, IRepository<Position> positions, IRepository<DeployedTeam> teams, IRepository<DeputyMotion> motions,
        IReadRepository<Partner> partners, IReadRepository<Place> places, IActorAccessor actors, NeighborPartyOptions options, IClock clock)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _positions = positions ?? throw new ArgumentNullException(nameof(positions));
        _teams = teams ?? throw new ArgumentNullException(nameof(teams));
        _motions = motions ?? throw new ArgumentNullException(nameof(motions));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _context = new CoBuildingLookups(work, actors, options, clock);
    }

    /// <summary>Records a position (近邻阵地) opened in a compound.</summary>
    /// <param name="kind">The kind's key.</param>
    /// <param name="name">The name.</param>
    /// <param name="compoundId">The compound.</param>
    /// <param name="partnerId">The partner running it, or null.</param>
    /// <param name="opened">The day it opened (not after today).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The position.</returns>
    /// <exception cref="RuleViolationException">An unknown compound or partner (<c>NP-COB-002</c>), or see <see cref="Position.Open"/>.</exception>
    public Task<Position> OpenPositionAsync(string kind, string name, PlaceId compoundId, PartnerId? partnerId, LocalDate opened, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            var compound = await CoBuildingLookups.CompoundAsync(_places, compoundId, "compoundId", _context.Options.Schema, ct);
            await PartnerAsync(partnerId, ct);
            var position = Position.Open(PositionId.New(), kind, name, compound, partnerId, opened, _context.Options.CoBuilding, _context.Today, _context.Now, _context.Options.Schema);
            _positions.Add(position);
            return position;
        }, cancellationToken);

    /// <summary>Records that a position closed.</summary>
    /// <param name="id">The position.</param>
    /// <param name="day">The day (after it opened, not after today).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The position.</returns>
    /// <exception cref="RuleViolationException">Unknown (<c>NP-COB-002</c>), or see <see cref="Position.Close"/>.</exception>
    public Task<Position> ClosePositionAsync(PositionId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            var position = await CoBuildingLookups.LoadAsync(_positions, id, "position", ct);
            position.EnsureVersion(expectedVersion, "position");
            position.Close(day, _context.Today, _context.Now);
            _positions.Update(position);
            return position;
        }, cancellationToken);

    /// <summary>Records a team (下沉队伍) deployed to compounds for a period.</summary>
    /// <param name="kind">The kind's key.</param>
    /// <param name="name">The name.</param>
    /// <param name="partnerId">The partner it comes from, or null.</param>
    /// <param name="homePlaceId">The district, street or community it is deployed through.</param>
    /// <param name="compounds">The compounds served (1–200, inside the home place).</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The team.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compounds"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown place or partner, or see <see cref="DeployedTeam.Deploy"/>.</exception>
    public Task<DeployedTeam> DeployTeamAsync(string kind, string name, PartnerId? partnerId, PlaceId homePlaceId, IReadOnlyCollection<PlaceId> compounds,
        LocalDate from, LocalDate? to = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            ArgumentNullException.ThrowIfNull(compounds);
            var home = await _places.GetByIdAsync(homePlaceId, ct)
                ?? throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, $"A team is deployed through a {CoBuildingRules.Homes(_context.Options.Schema).En}.",
                    $"下沉队伍须经{CoBuildingRules.Homes(_context.Options.Schema).Zh}派驻。", "homePlaceId", RuleViolationKind.NotFound);
            var served = new List<Place>();
            foreach (var compound in compounds.Distinct().Take(201))
            {
                served.Add(await CoBuildingLookups.CompoundAsync(_places, compound, "compounds", _context.Options.Schema, ct));
            }

            await PartnerAsync(partnerId, ct);
            var team = DeployedTeam.Deploy(DeployedTeamId.New(), kind, name, partnerId, home, served, from, to, _context.Options.CoBuilding, _context.Today, _context.Now, _context.Options.Schema);
            _teams.Add(team);
            return team;
        }, cancellationToken);

    /// <summary>Records that a team's deployment ended.</summary>
    /// <param name="id">The team.</param>
    /// <param name="day">The last day (from its first day, not after today).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The team.</returns>
    /// <exception cref="RuleViolationException">Unknown (<c>NP-COB-002</c>), or see <see cref="DeployedTeam.End"/>.</exception>
    public Task<DeployedTeam> EndTeamAsync(DeployedTeamId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            var team = await CoBuildingLookups.LoadAsync(_teams, id, "team", ct);
            team.EnsureVersion(expectedVersion, "team");
            team.End(day, _context.Today, _context.Now);
            _teams.Update(team);
            return team;
        }, cancellationToken);

    /// <summary>Files a deputy's motion, proposal or suggestion arising from a compound matter.</summary>
    /// <param name="deputyId">The deputy.</param>
    /// <param name="kind">What is filed.</param>
    /// <param name="title">The title.</param>
    /// <param name="compoundId">The compound the matter arises from.</param>
    /// <param name="filedWith">The body it is filed with.</param>
    /// <param name="filedOn">The day filed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The motion.</returns>
    /// <exception cref="RuleViolationException">An unknown deputy or compound (<c>NP-COB-002</c>), or see <see cref="DeputyMotion.File"/>.</exception>
    public Task<DeputyMotion> FileMotionAsync(PartnerId deputyId, MotionKind kind, string title, PlaceId compoundId, string filedWith, LocalDate filedOn,
        CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            var deputy = await CoBuildingLookups.LoadAsync(_partners, deputyId, "partner", ct);
            var compound = await CoBuildingLookups.CompoundAsync(_places, compoundId, "compoundId", _context.Options.Schema, ct);
            var motion = DeputyMotion.File(MotionId.New(), deputy, kind, title, compound, filedWith, filedOn, _context.Today, _context.Now, _context.Options.Schema);
            _motions.Add(motion);
            return motion;
        }, cancellationToken);

    /// <summary>Moves a motion on: accepted (立案) or rejected from filed; answered from accepted; closed from answered or rejected.</summary>
    /// <param name="id">The motion.</param>
    /// <param name="status">The new status.</param>
    /// <param name="day">The day.</param>
    /// <param name="text">The answer, the reason for rejecting, or the deputy's view at closing, or null.</param>
    /// <param name="handledBy">The handling department, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The motion.</returns>
    /// <exception cref="RuleViolationException">Unknown (<c>NP-COB-002</c>), or see <see cref="DeputyMotion.Move"/>.</exception>
    public Task<DeputyMotion> MoveMotionAsync(MotionId id, MotionStatus status, LocalDate day, string? text = null, string? handledBy = null,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            var motion = await CoBuildingLookups.LoadAsync(_motions, id, "motion", ct);
            motion.EnsureVersion(expectedVersion, "motion");
            motion.Move(status, day, text, handledBy, _context.Today, _context.Now);
            _motions.Update(motion);
            return motion;
        }, cancellationToken);

    private async Task PartnerAsync(PartnerId? partnerId, CancellationToken cancellationToken)
    {
        if (partnerId is { } partner)
        {
            await CoBuildingLookups.LoadAsync(_partners, partner, "partner", cancellationToken);
        }
    }
}
