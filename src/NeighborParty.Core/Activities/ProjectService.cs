using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>Plans and runs neighbourhood projects (近邻项目).</summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing.</remarks>
public sealed class ProjectService
{
    /// <summary>No such project.</summary>
    public const string NotFound = "NP-PRJ-001";

    /// <summary>A step out of order (starting a running project, finishing one not started).</summary>
    public const string Step = "NP-PRJ-002";

    /// <summary>A unit, place, partner or request that does not exist or does not fit; an impossible day.</summary>
    public const string WrongReference = "NP-PRJ-003";

    private readonly IUnitOfWork _work;
    private readonly IRepository<Project> _projects;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly IReadRepository<Partner> _partners;
    private readonly IReadRepository<ResidentRequest> _requests;
    private readonly Accounting.PeriodGuard _periods;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="ProjectService"/> class.</summary>
    /// <param name="projects">The project repository.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="partners">The partner repository.</param>
    /// <param name="requests">The request repository.</param>
    /// <param name="periods">Refuses changes to closed periods.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProjectService(IRepository<Project> projects, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, IReadRepository<Partner> partners,
        IReadRepository<ResidentRequest> requests, Accounting.PeriodGuard periods, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _periods = periods ?? throw new ArgumentNullException(nameof(periods));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private LocalDate Today => _clock.Today(_options);

    /// <summary>Plans a project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="RuleViolationException">A wrong reference or day (<c>NP-PRJ-003</c>), or a closed period (<c>NP-ACC-002</c>).</exception>
    public Task<Project> PlanAsync(NewProject project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _work.ExecuteAsync<Project>(async ct =>
        {
            var unit = await _units.GetByIdAsync(project.UnitId, ct)
                ?? throw Fail(WrongReference, $"{project.UnitId} is not a live unit on {project.PlannedOn}.", $"{project.UnitId} 当日不是现存组织。", "unitId", RuleViolationKind.NotFound);
            var place = await _places.GetByIdAsync(project.PlaceId, ct)
                ?? throw Fail(WrongReference, $"No place {project.PlaceId}.", $"没有编号为 {project.PlaceId} 的地点。", "placeId", RuleViolationKind.NotFound);
            foreach (var partner in project.Partners ?? [])
            {
                if (await _partners.GetByIdAsync(partner, ct) is null)
                {
                    throw Fail(WrongReference, $"No partner {partner}.", $"没有编号为 {partner} 的共建单位。", "partners", RuleViolationKind.NotFound);
                }
            }

            var requests = new List<ResidentRequest>();
            foreach (var request in (project.Requests ?? []).Distinct())
            {
                requests.Add(await _requests.GetByIdAsync(request, ct)
                    ?? throw Fail(WrongReference, $"Request {request} is not a request of {place.Name}.", $"诉求 {request} 不属于{place.Name}。", "requests"));
            }

            var item = Project.Plan(ProjectId.New(), project.Title, unit, place, project.PlannedOn, project.Partners ?? [], requests, Today, _clock.GetCurrentInstant());
            await _periods.EnsureOpenAsync(place.Path, project.PlannedOn, ct);
            _projects.Add(item);
            return item;
        }, cancellationToken);
    }

    /// <summary>Starts a planned project.</summary>
    /// <param name="id">The project.</param>
    /// <param name="day">The day it started.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">Not planned (<c>NP-PRJ-002</c>), or a day before it was planned or after today (<c>NP-PRJ-003</c>).</exception>
    public Task<Project> StartAsync(ProjectId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (p, _) =>
        {
            p.Start(day, Today, _clock.GetCurrentInstant());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Finishes a running project with its outcome.</summary>
    /// <param name="id">The project.</param>
    /// <param name="day">The day it was done.</param>
    /// <param name="outcome">What came of it (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">Not running (<c>NP-PRJ-002</c>), or an impossible day (<c>NP-PRJ-003</c>).</exception>
    public Task<Project> CompleteAsync(ProjectId id, LocalDate day, string outcome, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (p, _) =>
        {
            p.Complete(day, outcome, Today, _clock.GetCurrentInstant());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Abandons a planned or running project with a reason.</summary>
    /// <param name="id">The project.</param>
    /// <param name="day">The day it was abandoned.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">Already done or abandoned (<c>NP-PRJ-002</c>), or an impossible day (<c>NP-PRJ-003</c>).</exception>
    public Task<Project> AbandonAsync(ProjectId id, LocalDate day, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (p, _) =>
        {
            p.Abandon(day, reason, Today, _clock.GetCurrentInstant());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Links a request the project answers.</summary>
    /// <param name="id">The project.</param>
    /// <param name="request">The request (of the project's place).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">A request of another place (<c>NP-PRJ-003</c>).</exception>
    public Task<Project> LinkRequestAsync(ProjectId id, RequestId request, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, async (p, ct) => p.LinkRequest(await _requests.GetByIdAsync(request, ct)
            ?? throw Fail(WrongReference, $"Request {request} is not a request of the project's place.", $"诉求 {request} 不属于项目所在地。", "requestId")), cancellationToken);

    /// <summary>Returns a project.</summary>
    /// <param name="id">The project.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">No such project (<c>NP-PRJ-001</c>).</exception>
    public async Task<Project> GetAsync(ProjectId id, CancellationToken cancellationToken = default) =>
        await _projects.GetByIdAsync(id, cancellationToken) ?? throw Fail(NotFound, $"No project {id}.", $"没有编号为 {id} 的项目。", "id", RuleViolationKind.NotFound);

    private Task<Project> StepAsync(ProjectId id, long? expectedVersion, Func<Project, CancellationToken, Task> step, CancellationToken cancellationToken) =>
        _work.ExecuteAsync<Project>(async ct =>
        {
            var project = await GetAsync(id, ct);
            project.EnsureVersion(expectedVersion, "project");
            await step(project, ct);
            _projects.Update(project);
            return project;
        }, cancellationToken);

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}
