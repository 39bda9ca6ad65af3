using Ardalis.Specification;
using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>Where a neighbourhood project stands: planned → running → done, or abandoned before it is done.</summary>
public enum ProjectState
{
    /// <summary>Planned together (共同谋划), not started.</summary>
    Planned = 1,

    /// <summary>Under way.</summary>
    Running = 2,

    /// <summary>Done, with its outcome.</summary>
    Done = 3,

    /// <summary>Abandoned, with a reason.</summary>
    Abandoned = 4,
}

/// <summary>
/// A neighbourhood project (近邻项目): planned by a Party organisation with its co-building parties for a place, linked
/// to the requests it answers and the activities that carry it out. Changed only through <see cref="ProjectService"/>.
/// </summary>
public sealed class Project : AggregateRoot<ProjectId>, IAuditedNode
{
    private readonly List<ProjectPartner> _partners = [];
    private readonly List<ProjectRequest> _requests = [];

    private Project()
        : base(default)
    {
    }

    private Project(ProjectId id)
        : base(id)
    {
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the organising unit.</summary>
    public OrganizationUnitId UnitId { get; private set; }

    /// <summary>Gets the place it serves (a compound, community, street or district).</summary>
    public PlaceId PlaceId { get; private set; }

    /// <summary>Gets the high half of the place's position.</summary>
    public long PlacePathHigh { get; private set; }

    /// <summary>Gets the low half of the place's position.</summary>
    public long PlacePathLow { get; private set; }

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => HierarchyPath.FromSortKeys(PlacePathHigh, PlacePathLow);

    /// <summary>Gets the day it was planned (counted in the figures on this day).</summary>
    public LocalDate PlannedOn { get; private set; }

    /// <summary>Gets the day it started, or null.</summary>
    public LocalDate? StartedOn { get; private set; }

    /// <summary>Gets the day it was done or abandoned, or null.</summary>
    public LocalDate? EndedOn { get; private set; }

    /// <summary>Gets the state.</summary>
    public ProjectState State { get; private set; }

    /// <summary>Gets the outcome, or the reason it was abandoned, or null.</summary>
    public string? Outcome { get; private set; }

    /// <summary>Gets the co-building parties involved.</summary>
    public IReadOnlyList<ProjectPartner> Partners => _partners;

    /// <summary>Gets the requests it answers.</summary>
    public IReadOnlyList<ProjectRequest> Requests => _requests;

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => PlaceId.Value;

    HierarchyPath IAuditedNode.Path => PlacePath;

    internal static Project Create(ProjectId id, string title, OrganizationUnit unit, Place place, LocalDate plannedOn, IEnumerable<PartnerId> partners,
        IEnumerable<RequestId> requests, Instant now)
    {
        var project = new Project(id)
        {
            Title = title, UnitId = unit.Id, PlaceId = place.Id, PlacePathHigh = place.Path.SortKeyHigh, PlacePathLow = place.Path.SortKeyLow, PlannedOn = plannedOn,
            State = ProjectState.Planned,
        };
        project._partners.AddRange(partners.Distinct().Select(p => new ProjectPartner(p)));
        project._requests.AddRange(requests.Distinct().Select(r => new ProjectRequest(r)));
        project.Raise(new ProjectChanged(id, ProjectState.Planned, now));
        return project;
    }

    internal void Move(ProjectState state, LocalDate day, string? outcome, Instant now)
    {
        State = state;
        if (state == ProjectState.Running)
        {
            StartedOn = day;
        }
        else
        {
            EndedOn = day;
            Outcome = outcome;
        }

        Raise(new ProjectChanged(Id, state, now));
    }

    internal void Link(RequestId request)
    {
        if (_requests.All(r => r.RequestId != request))
        {
            _requests.Add(new ProjectRequest(request));
        }
    }
}

/// <summary>A co-building party of a project.</summary>
public sealed class ProjectPartner
{
    private ProjectPartner()
    {
    }

    internal ProjectPartner(PartnerId partnerId) => PartnerId = partnerId;

    /// <summary>Gets the partner.</summary>
    public PartnerId PartnerId { get; private set; }
}

/// <summary>A request a project answers.</summary>
public sealed class ProjectRequest
{
    private ProjectRequest()
    {
    }

    internal ProjectRequest(RequestId requestId) => RequestId = requestId;

    /// <summary>Gets the request.</summary>
    public RequestId RequestId { get; private set; }
}

/// <summary>A project changed state.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="State">The new state.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ProjectChanged(ProjectId ProjectId, ProjectState State, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "project." + State.ToString().ToLowerInvariant();

    string Domain.IAuditedEvent.AuditSummary => $"Project {ProjectId}: {State}";
}

/// <summary>A project as planned.</summary>
/// <param name="Title">The title (1–100 characters).</param>
/// <param name="UnitId">The organising unit.</param>
/// <param name="PlaceId">The place it serves.</param>
/// <param name="PlannedOn">The day it was planned (not in the future).</param>
/// <param name="Partners">The co-building parties, or null.</param>
/// <param name="Requests">The requests it answers, or null.</param>
public sealed record NewProject(string Title, OrganizationUnitId UnitId, PlaceId PlaceId, LocalDate PlannedOn, IReadOnlyList<PartnerId>? Partners = null,
    IReadOnlyList<RequestId>? Requests = null);

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
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProjectService(IRepository<Project> projects, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, IReadRepository<Partner> partners,
        IReadRepository<ResidentRequest> requests, Accounting.PeriodGuard periods, NeighborPartyOptions options, IClock clock)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _periods = periods ?? throw new ArgumentNullException(nameof(periods));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private LocalDate Today => _clock.GetCurrentInstant().InZone(_options.TimeZone).Date;

    /// <summary>Plans a project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="RuleViolationException">A wrong reference or day (<c>NP-PRJ-003</c>), or a closed period (<c>NP-ACC-002</c>).</exception>
    public async Task<Project> PlanAsync(NewProject project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var title = TextRules.RequireName(project.Title, "title");
        if (project.PlannedOn > Today || project.PlannedOn.Year < 1921)
        {
            throw Fail(WrongReference, "A project is planned on a day between 1921 and today.", "项目谋划日期须在1921年至今天之间。", "plannedOn");
        }

        var unit = await _units.GetByIdAsync(project.UnitId, cancellationToken);
        if (unit is null || !unit.WasLiveOn(project.PlannedOn))
        {
            throw Fail(WrongReference, $"{project.UnitId} is not a live unit on {project.PlannedOn}.", $"{project.UnitId} 当日不是现存组织。", "unitId", RuleViolationKind.NotFound);
        }

        var place = await _places.GetByIdAsync(project.PlaceId, cancellationToken)
            ?? throw Fail(WrongReference, $"No place {project.PlaceId}.", $"没有编号为 {project.PlaceId} 的地点。", "placeId", RuleViolationKind.NotFound);
        foreach (var partner in project.Partners ?? [])
        {
            if (await _partners.GetByIdAsync(partner, cancellationToken) is null)
            {
                throw Fail(WrongReference, $"No partner {partner}.", $"没有编号为 {partner} 的共建单位。", "partners", RuleViolationKind.NotFound);
            }
        }

        foreach (var request in project.Requests ?? [])
        {
            if (await _requests.GetByIdAsync(request, cancellationToken) is not { } found || !found.CompoundPath.IsWithin(place.Path))
            {
                throw Fail(WrongReference, $"Request {request} is not a request of {place.Name}.", $"诉求 {request} 不属于{place.Name}。", "requests");
            }
        }

        await _periods.EnsureOpenAsync(place.Path, project.PlannedOn, cancellationToken);
        var item = Project.Create(ProjectId.New(), title, unit, place, project.PlannedOn, project.Partners ?? [], project.Requests ?? [], _clock.GetCurrentInstant());
        await _projects.AddAsync(item, cancellationToken);
        return item;
    }

    /// <summary>Starts a planned project.</summary>
    /// <param name="id">The project.</param>
    /// <param name="day">The day it started.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">Not planned (<c>NP-PRJ-002</c>), or a day before it was planned or after today (<c>NP-PRJ-003</c>).</exception>
    public Task<Project> StartAsync(ProjectId id, LocalDate day, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        MoveAsync(id, expectedVersion, ProjectState.Planned, ProjectState.Running, day, null, cancellationToken);

    /// <summary>Finishes a running project with its outcome.</summary>
    /// <param name="id">The project.</param>
    /// <param name="day">The day it was done.</param>
    /// <param name="outcome">What came of it (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">Not running (<c>NP-PRJ-002</c>), or an impossible day (<c>NP-PRJ-003</c>).</exception>
    public Task<Project> CompleteAsync(ProjectId id, LocalDate day, string outcome, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        MoveAsync(id, expectedVersion, ProjectState.Running, ProjectState.Done, day, TextRules.RequireName(outcome, "outcome"), cancellationToken);

    /// <summary>Abandons a planned or running project with a reason.</summary>
    /// <param name="id">The project.</param>
    /// <param name="day">The day it was abandoned.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">Already done or abandoned (<c>NP-PRJ-002</c>), or an impossible day (<c>NP-PRJ-003</c>).</exception>
    public async Task<Project> AbandonAsync(ProjectId id, LocalDate day, string reason, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var text = TextRules.RequireName(reason, "reason");
        var project = await GetAsync(id, cancellationToken);
        return await MoveAsync(id, expectedVersion, project.State == ProjectState.Running ? ProjectState.Running : ProjectState.Planned, ProjectState.Abandoned, day, text,
            cancellationToken);
    }

    /// <summary>Links a request the project answers.</summary>
    /// <param name="id">The project.</param>
    /// <param name="request">The request (of the project's place).</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">A request of another place (<c>NP-PRJ-003</c>).</exception>
    public async Task<Project> LinkRequestAsync(ProjectId id, RequestId request, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var project = await GetAsync(id, cancellationToken);
        project.EnsureVersion(expectedVersion, "project");
        if (await _requests.GetByIdAsync(request, cancellationToken) is not { } found || !found.CompoundPath.IsWithin(project.PlacePath))
        {
            throw Fail(WrongReference, $"Request {request} is not a request of the project's place.", $"诉求 {request} 不属于项目所在地。", "requestId");
        }

        project.Link(request);
        await _projects.UpdateAsync(project, cancellationToken);
        return project;
    }

    /// <summary>Returns a project.</summary>
    /// <param name="id">The project.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project.</returns>
    /// <exception cref="RuleViolationException">No such project (<c>NP-PRJ-001</c>).</exception>
    public async Task<Project> GetAsync(ProjectId id, CancellationToken cancellationToken = default) =>
        await _projects.GetByIdAsync(id, cancellationToken) ?? throw Fail(NotFound, $"No project {id}.", $"没有编号为 {id} 的项目。", "id", RuleViolationKind.NotFound);

    private async Task<Project> MoveAsync(ProjectId id, long? expectedVersion, ProjectState from, ProjectState to, LocalDate day, string? outcome, CancellationToken cancellationToken)
    {
        var project = await GetAsync(id, cancellationToken);
        project.EnsureVersion(expectedVersion, "project");
        if (project.State != from)
        {
            throw Fail(Step, $"A project that is {project.State} cannot become {to}.", $"状态为 {project.State} 的项目不能改为 {to}。", "state", RuleViolationKind.Conflict);
        }

        if (day < (project.StartedOn ?? project.PlannedOn) || day > Today)
        {
            throw Fail(WrongReference, "The day lies between the project's last step and today.", "日期须在项目上一步之后、今天之前。", "day");
        }

        project.Move(to, day, outcome, _clock.GetCurrentInstant());
        await _projects.UpdateAsync(project, cancellationToken);
        return project;
    }

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}

/// <summary>The projects of a place subtree, latest planned first.</summary>
public sealed class ProjectsInScopeSpec : Specification<Project>
{
    /// <summary>Initializes a new instance of the <see cref="ProjectsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public ProjectsInScopeSpec(HierarchyPath scope, int skip = 0, int take = 100)
    {
        scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        Query.Where(p => p.PlacePathHigh >= highMin && p.PlacePathHigh <= highMax && p.PlacePathLow >= lowMin && p.PlacePathLow <= lowMax)
            .OrderByDescending(p => p.PlannedOn).ThenBy(p => p.Id).Skip(skip).Take(take);
    }
}

/// <summary>The activities that carry out a project, by day.</summary>
public sealed class ActivitiesOfProjectSpec : Specification<Activity>
{
    /// <summary>Initializes a new instance of the <see cref="ActivitiesOfProjectSpec"/> class.</summary>
    /// <param name="project">The project.</param>
    /// <param name="take">How many to return.</param>
    public ActivitiesOfProjectSpec(ProjectId project, int take = 500)
    {
        var id = project.Value;
        Query.Where(a => a.ProjectId == id).OrderBy(a => a.Day).ThenBy(a => a.Id).Take(take);
    }
}
