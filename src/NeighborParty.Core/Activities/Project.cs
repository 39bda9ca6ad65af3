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
/// to the requests it answers and the activities that carry it out. Changed only through <see cref="ProjectService"/>.
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

    internal static Project Create(ProjectId id, string title, OrganizationUnit unit, Place place, LocalDate plannedOn, IEnumerable<PartnerId> partners,
        IEnumerable<RequestId> requests, Instant now)
    {
        var project = new Project(id)
        {
            Title = title, UnitId = unit.Id, Place = place.Position, PlannedOn = plannedOn,
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
