using NeighborParty.Membership;

namespace NeighborParty.Stewards;

/// <summary>The person an appointment is for, resolved and checked.</summary>
/// <param name="Kind">Member or resident.</param>
/// <param name="MemberId">The member, or null.</param>
/// <param name="ResidentId">The resident, or null.</param>
/// <param name="Name">The name.</param>
internal readonly record struct AppointmentHolder(HolderKind Kind, PartyMemberId? MemberId, ResidentId? ResidentId, string Name);
