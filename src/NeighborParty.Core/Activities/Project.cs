using Ardalis.Specification;
using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>
/// A neighbourhood project (近邻项目): planned by a Party organisation with its co-building parties for a place, linked
/// to the requests it answers and the activities that carry it out. Each step checks its own rules (NP-PRJ-…).
/// </summary>
public sealed class Project : AggregateRoot<ProjectId>, IAuditedNode, ISnapshotable<Project, ProjectSnapshot>, IPlaced<Project>
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

    /// <summary>Gets the place it serves, in the tree of places.</summary>
    public TreePosition Place { get; private set; }

    /// <summary>Gets the place it serves.</summary>
    public PlaceId PlaceId => new(Place.NodeId);

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => Place.Path;

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

    /// <summary>Gets the position a store queries (the place).</summary>
    public static IReadOnlyList<Expression<Func<Project, TreePosition>>> Positions { get; } = [p => p.Place];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Place;

    /// <inheritdoc />
    public ProjectSnapshot ToSnapshot() => new(Id, Title, UnitId, Place, PlannedOn, StartedOn, EndedOn, State, Outcome, [.. _partners], [.. _requests]);

    /// <inheritdoc />
    public static Project FromSnapshot(ProjectSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var project = new Project(snapshot.Id)
        {
            Title = snapshot.Title, UnitId = snapshot.UnitId, Place = snapshot.Place, PlannedOn = snapshot.PlannedOn, StartedOn = snapshot.StartedOn,
            EndedOn = snapshot.EndedOn, State = snapshot.State, Outcome = snapshot.Outcome,
        };
        project._partners.AddRange(snapshot.Partners);
        project._requests.AddRange(snapshot.Requests);
        project.RestoreVersion(version);
        return project;
    }

    /// <summary>Plans a project for a place, by a unit live that day, with its partners and the requests of the place it answers.</summary>
    /// <param name="id">The new project's id.</param>
    /// <param name="title">The title (1–100 characters).</param>
    /// <param name="unit">The Party organisation that plans it.</param>
    /// <param name="place">The place it is for.</param>
    /// <param name="plannedOn">The day it was planned: from 1921 to today.</param>
    /// <param name="partners">The co-building parties (each known to the caller).</param>
    /// <param name="requests">The requests it answers, as read: each of <paramref name="place"/>.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <returns>The planned project.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A bad title, day, unit or request (<c>NP-PRJ-003</c>).</exception>
    public static Project Plan(ProjectId id, string title, OrganizationUnit unit, Place place, LocalDate plannedOn, IReadOnlyCollection<PartnerId> partners,
        IReadOnlyCollection<ResidentRequest> requests, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(requests);
        var name = TextRules.RequireName(title, "title");
        if (plannedOn > today || plannedOn.Year < 1921)
        {
            throw Wrong("A project is planned on a day between 1921 and today.", "项目谋划日期须在1921年至今天之间。", "plannedOn");
        }

        if (!unit.WasLiveOn(plannedOn))
        {
            throw Wrong($"{unit.Id} is not a live unit on {plannedOn}.", $"{unit.Id} 当日不是现存组织。", "unitId");
        }

        if (requests.FirstOrDefault(r => !r.CompoundPath.IsWithin(place.Path)) is { } other)
        {
            throw Wrong($"Request {other.Id} is not a request of {place.Name}.", $"诉求 {other.Id} 不属于{place.Name}。", "requests");
        }

        var project = new Project(id) { Title = name, UnitId = unit.Id, Place = place.Position, PlannedOn = plannedOn, State = ProjectState.Planned };
        project._partners.AddRange(partners.Distinct().Select(p => new ProjectPartner(p)));
        project._requests.AddRange(requests.Select(r => r.Id).Distinct().Select(r => new ProjectRequest(r)));
        project.Raise(new ProjectChanged(id, ProjectState.Planned, now));
        return project;
    }

    /// <summary>Starts the planned project.</summary>
    /// <param name="day">The day it started: from the day planned to today.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not planned (<c>NP-PRJ-002</c>), or an impossible day (<c>NP-PRJ-003</c>).</exception>
    public void Start(LocalDate day, LocalDate today, Instant now) => Move(ProjectState.Planned, ProjectState.Running, day, null, today, now);

    /// <summary>Finishes the running project with its outcome.</summary>
    /// <param name="day">The day it was done: from its start to today.</param>
    /// <param name="outcome">What came of it (1–100 characters).</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not running (<c>NP-PRJ-002</c>), or an impossible day (<c>NP-PRJ-003</c>).</exception>
    public void Complete(LocalDate day, string outcome, LocalDate today, Instant now) =>
        Move(ProjectState.Running, ProjectState.Done, day, TextRules.RequireName(outcome, "outcome"), today, now);

    /// <summary>Abandons the planned or running project with a reason.</summary>
    /// <param name="day">The day it was abandoned: from its last step to today.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Already done or abandoned (<c>NP-PRJ-002</c>), or an impossible day (<c>NP-PRJ-003</c>).</exception>
    public void Abandon(LocalDate day, string reason, LocalDate today, Instant now) =>
        Move(State == ProjectState.Running ? ProjectState.Running : ProjectState.Planned, ProjectState.Abandoned, day, TextRules.RequireName(reason, "reason"), today, now);

    /// <summary>Links a request the project answers (once).</summary>
    /// <param name="request">The request, as read: of the project's place.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="RuleViolationException">A request of another place (<c>NP-PRJ-003</c>).</exception>
    public void LinkRequest(ResidentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.CompoundPath.IsWithin(PlacePath))
        {
            throw Wrong($"Request {request.Id} is not a request of the project's place.", $"诉求 {request.Id} 不属于项目所在地。", "requestId");
        }

        if (_requests.All(r => r.RequestId != request.Id))
        {
            _requests.Add(new ProjectRequest(request.Id));
        }
    }

    private static RuleViolationException Wrong(string message, string messageZh, string target) =>
        new(new RuleViolation(ProjectService.WrongReference, message, messageZh, null, RuleViolationKind.Refused, target));

    private void Move(ProjectState from, ProjectState to, LocalDate day, string? outcome, LocalDate today, Instant now)
    {
        if (State != from)
        {
            throw new RuleViolationException(new RuleViolation(ProjectService.Step, $"A project that is {State} cannot become {to}.", $"状态为“{Common.ChineseLabels.Of(State)}”的项目不能改为“{Common.ChineseLabels.Of(to)}”。",
                null, RuleViolationKind.Conflict, "state"));
        }

        if (day < (StartedOn ?? PlannedOn) || day > today)
        {
            throw Wrong("The day lies between the project's last step and today.", "日期须在项目上一步之后、今天之前。", "day");
        }

        State = to;
        if (to == ProjectState.Running)
        {
            StartedOn = day;
        }
        else
        {
            EndedOn = day;
            Outcome = outcome;
        }

        Raise(new ProjectChanged(Id, to, now));
    }
}
