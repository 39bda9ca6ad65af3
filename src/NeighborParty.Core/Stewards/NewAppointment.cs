using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>An appointment to make.</summary>
/// <param name="Role">The role's key (see <see cref="StewardPolicy.Roles"/>).</param>
/// <param name="MemberId">The member to appoint; exactly one of this and <paramref name="ResidentId"/>.</param>
/// <param name="ResidentId">The resident to appoint, for roles residents may hold.</param>
/// <param name="UnitId">The branch or group, for unit roles.</param>
/// <param name="PlaceId">The compound (compound and grid roles) or building (building roles).</param>
/// <param name="Grid">The grid's name, for grid roles.</param>
/// <param name="Start">The first day in office (not after today).</param>
/// <param name="End">The last day of the term; null for the full term the policy gives the role.</param>
/// <param name="Basis">How it came about (TR-5).</param>
/// <param name="BasisNote">A reference, e.g. the approving document, or null.</param>
public sealed record NewAppointment(string Role, PartyMemberId? MemberId, ResidentId? ResidentId, OrganizationUnitId? UnitId, PlaceId? PlaceId,
    string? Grid, LocalDate Start, LocalDate? End, AppointmentBasis Basis, string? BasisNote = null);
