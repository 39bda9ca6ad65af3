using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>The stored state of a <see cref="MicroWish"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="ResidentId">The resident who posted it.</param>
/// <param name="Compound">The compound.</param>
/// <param name="Wish">The wish.</param>
/// <param name="State">The state.</param>
/// <param name="PostedAt">When it was posted.</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="ClaimedByMember">The member who claimed it, or null.</param>
/// <param name="ClaimedByPartner">The partner who claimed it, or null.</param>
/// <param name="Evidence">The evidence of fulfilment, or null.</param>
/// <param name="FulfilledAt">When it was fulfilled, or null.</param>
/// <param name="ConfirmedAt">When the resident confirmed it, or null.</param>
public sealed record MicroWishSnapshot(MicroWishId Id, ResidentId ResidentId, TreePosition Compound, string Wish, WishState State, Instant PostedAt, LocalDate DueOn,
    PartyMemberId? ClaimedByMember, PartnerId? ClaimedByPartner, string? Evidence, Instant? FulfilledAt, Instant? ConfirmedAt);
