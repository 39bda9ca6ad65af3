using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>The stored state of a <see cref="Project"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The title.</param>
/// <param name="UnitId">The organising unit.</param>
/// <param name="Place">The place it serves.</param>
/// <param name="PlannedOn">The day it was planned.</param>
/// <param name="StartedOn">The day it started, or null.</param>
/// <param name="EndedOn">The day it ended, or null.</param>
/// <param name="State">The state.</param>
/// <param name="Outcome">The outcome, or null.</param>
/// <param name="Partners">The co-building parties.</param>
/// <param name="Requests">The requests it answers.</param>
public sealed record ProjectSnapshot(ProjectId Id, string Title, OrganizationUnitId UnitId, TreePosition Place, LocalDate PlannedOn, LocalDate? StartedOn,
    LocalDate? EndedOn, ProjectState State, string? Outcome, IReadOnlyList<ProjectPartner> Partners, IReadOnlyList<ProjectRequest> Requests);
