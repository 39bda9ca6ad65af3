using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// One appointment as the coverage report reads it: what a store projects from a row without building the aggregate
/// (issue 26: a province's 150,000 open terms as entities cost more to read than the report costs to compute).
/// </summary>
/// <param name="Id">The appointment.</param>
/// <param name="RoleKey">The role's key.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="MemberId">The holding member, or null.</param>
/// <param name="ResidentId">The holding resident, or null.</param>
/// <param name="Site">Where the role is held.</param>
/// <param name="Location">The site's node.</param>
/// <param name="CompoundId">The compound served, for a compound, building or grid role.</param>
/// <param name="Grid">The grid's name, for a grid role.</param>
/// <param name="Start">The first day in office.</param>
/// <param name="End">The term's last day.</param>
/// <param name="EndedOn">The last day in office of a term ended early, or null.</param>
/// <param name="EndReason">Why it ended early, or null.</param>
public sealed record CoverageTerm(AppointmentId Id, string RoleKey, string HolderName, PartyMemberId? MemberId, ResidentId? ResidentId, RoleSite Site,
    TreePosition Location, PlaceId? CompoundId, string? Grid, LocalDate Start, LocalDate End, LocalDate? EndedOn, AppointmentEndReason? EndReason)
{
    /// <summary>Gets the last day in office: the day it ended early, else the term's last day.</summary>
    public LocalDate LastDay => EndedOn ?? End;

    /// <summary>Gets a value indicating whether the term ended before its last day.</summary>
    public bool EndedEarly => EndedOn is not null;

    /// <summary>Gets the unit, for a branch or group role.</summary>
    public OrganizationUnitId? UnitId => Location.Tree == TreeKind.Unit ? new OrganizationUnitId(Location.NodeId) : null;

    /// <summary>Gets the compound or building, for a compound, building or grid role.</summary>
    public PlaceId? PlaceId => Location.Tree == TreeKind.Place ? new PlaceId(Location.NodeId) : null;

    /// <summary>Tells whether the holder is in office on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether the day lies from the first day through the last day in office.</returns>
    public bool IsHeldOn(LocalDate date) => Start <= date && date <= LastDay;

    /// <summary>Reads an appointment as the report does.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> is null.</exception>
    public static CoverageTerm Of(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return new(appointment.Id, appointment.RoleKey, appointment.HolderName, appointment.MemberId, appointment.ResidentId, appointment.Site, appointment.Location,
            appointment.CompoundId, appointment.Grid, appointment.Start, appointment.End, appointment.EndedOn, appointment.EndReason);
    }
}
