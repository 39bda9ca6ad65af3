using NeighborParty.Activities;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>Neighbourhood projects (近邻项目), for an acting <see cref="Actor"/>.</summary>
public sealed class ProjectUseCases
{
    private readonly UseCaseContext _context;
    private readonly ProjectService _service;
    private readonly IReadRepository<Project> _projects;
    private readonly IReadRepository<Activity> _activities;

    /// <summary>Initializes a new instance of the <see cref="ProjectUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="service">The projects' operations.</param>
    /// <param name="projects">The projects.</param>
    /// <param name="activities">The activities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProjectUseCases(UseCaseContext context, ProjectService service, IReadRepository<Project> projects, IReadRepository<Activity> activities)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _activities = activities ?? throw new ArgumentNullException(nameof(activities));
    }

    /// <summary>The projects of a place's subtree, latest planned first.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The projects.</returns>
    public async Task<List<Project>> ListAsync(Actor actor, PlaceId place, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        var scope = await _context.Guard(actor).EnsurePlacePathAsync(AccessAction.ReadAccounts, place, cancellationToken);
        return await _projects.ListAsync(new ProjectsInScopeSpec(scope, skip, take), cancellationToken);
    }

    /// <summary>One project with the activities that carry it out.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project and its activities.</returns>
    public async Task<(Project Project, List<Activity> Activities)> GetAsync(Actor actor, ProjectId id, CancellationToken cancellationToken = default)
    {
        var project = await ReadAsync(_context.Guard(actor), id, AccessAction.ReadAccounts, cancellationToken);
        return (project, await _activities.ListAsync(new ActivitiesOfProjectSpec(project.Id), cancellationToken));
    }

    /// <summary>Plans a project at a place of the actor's scope, by a unit the actor can see.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="project">The project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project.</returns>
    public Task<Project> PlanAsync(Actor actor, NewProject project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsurePlaceAsync(AccessAction.RecordActivities, project.PlaceId, ct);
            await guard.EnsureUnitAsync(AccessAction.ReadAccounts, project.UnitId, ct);
            return await _service.PlanAsync(project, ct);
        }, cancellationToken);
    }

    /// <summary>Starts a planned project.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The project.</param>
    /// <param name="day">The day.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project.</returns>
    public Task<Project> StartAsync(Actor actor, ProjectId id, LocalDate day, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.StartAsync(id, day, expectedVersion, ct), cancellationToken);

    /// <summary>Finishes a running project with its outcome.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The project.</param>
    /// <param name="day">The day.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project.</returns>
    public Task<Project> CompleteAsync(Actor actor, ProjectId id, LocalDate day, string outcome, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.CompleteAsync(id, day, outcome, expectedVersion, ct), cancellationToken);

    /// <summary>Abandons a planned or running project with a reason.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The project.</param>
    /// <param name="day">The day.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project.</returns>
    public Task<Project> AbandonAsync(Actor actor, ProjectId id, LocalDate day, string reason, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.AbandonAsync(id, day, reason, expectedVersion, ct), cancellationToken);

    /// <summary>Links a request the project answers.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The project.</param>
    /// <param name="request">The request.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project.</returns>
    public Task<Project> LinkRequestAsync(Actor actor, ProjectId id, RequestId request, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.LinkRequestAsync(id, request, expectedVersion, ct), cancellationToken);

    private Task<Project> StepAsync(Actor actor, ProjectId id, Func<CancellationToken, Task<Project>> step, CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureKindMayAsync(AccessAction.RecordActivities, ct); // 403 before anything is looked up
            var project = await ReadAsync(guard, id, AccessAction.ReadAccounts, ct);
            if (!await guard.AllowsAsync(AccessAction.RecordActivities, AccessTarget.Place(project.PlacePath), ct))
            {
                throw new RuleViolationException(AccessPolicy.Forbidden((await guard.GetScopeAsync(ct)).Actor.Kind, AccessAction.RecordActivities));
            }

            return await step(ct);
        }, cancellationToken);

    private async Task<Project> ReadAsync(AccessGuard guard, ProjectId id, AccessAction action, CancellationToken cancellationToken)
    {
        await guard.EnsureKindMayAsync(action, cancellationToken);
        var project = await _projects.GetByIdAsync(id, cancellationToken);
        return project is not null && await guard.AllowsAsync(action, AccessTarget.Place(project.PlacePath), cancellationToken)
            ? project
            : throw new RuleViolationException(new RuleViolation(ProjectService.NotFound, $"No project {id}.", $"没有编号为 {id} 的项目。", kind: RuleViolationKind.NotFound, target: "id"));
    }
}
