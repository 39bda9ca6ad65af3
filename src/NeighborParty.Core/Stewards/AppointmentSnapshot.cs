using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>The stored state of an <see cref="Appointment"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="RoleKey">The role's key.</param>
/// <param name="HolderKind">Member or resident.</param>
/// <param name="MemberId">The member, or null.</param>
/// <param name="ResidentId">The resident, or null.</param>
/// <param name="HolderName">The holder's name when appointed.</param>
/// <param name="Site">Where the role is held.</param>
/// <param name="Location">The site's node.</param>
/// <param name="CompoundId">The compound served, or null.</param>
/// <param name="Grid">The grid's name, or null.</param>
/// <param name="Start">The first day in office.</param>
/// <param name="End">The last day of the term as it now stands.</param>
/// <param name="RegularEnd">The last day of the term as first set.</param>
/// <param name="Basis">How it came about (TR-5).</param>
/// <param name="BasisNote">A reference for the basis, or null.</param>
/// <param name="EndedOn">The last day in office when it ended early, or null.</param>
/// <param name="EndReason">Why it ended early, or null.</param>
/// <param name="EndNote">The note on the early end, or null.</param>
/// <param name="TermChangeApprovedBy">Who approved a change of the end (TR-3), or null.</param>
/// <param name="TermChangeApprovedOn">When that change was approved, or null.</param>
/// <param name="SucceededBy">The appointment to the same seat that came after, or null.</param>
public sealed record AppointmentSnapshot(AppointmentId Id, string RoleKey, HolderKind HolderKind, PartyMemberId? MemberId, ResidentId? ResidentId, string HolderName,
    RoleSite Site, TreePosition Location, PlaceId? CompoundId, string? Grid, LocalDate Start, LocalDate End, LocalDate RegularEnd, AppointmentBasis Basis,
    string? BasisNote, LocalDate? EndedOn, AppointmentEndReason? EndReason, string? EndNote, string? TermChangeApprovedBy, LocalDate? TermChangeApprovedOn,
    AppointmentId? SucceededBy);
