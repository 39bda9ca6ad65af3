using NeighborParty.Membership;

namespace NeighborParty.Stewards;

/// <summary>A seat to record.</summary>
/// <param name="Name">The holder's name.</param>
/// <param name="Position">The position.</param>
/// <param name="MemberId">The Party member holding it, or null.</param>
/// <param name="ResidentId">The recorded resident holding it, or null.</param>
public sealed record OwnersCommitteeSeatDetails(string Name, OwnersCommitteePosition Position, PartyMemberId? MemberId = null, ResidentId? ResidentId = null);
