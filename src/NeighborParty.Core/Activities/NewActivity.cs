using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>An activity to record.</summary>
/// <param name="Kind">The kind's key.</param>
/// <param name="Title">The title (1–100 characters).</param>
/// <param name="PlaceId">Where it was held.</param>
/// <param name="StartsAt">When it started, in its zone (not in the future).</param>
/// <param name="Participants">How many took part (0–100,000; at least the members listed).</param>
/// <param name="UnitId">The organising unit, or null.</param>
/// <param name="Members">The members who took part, with their volunteer hours (0–24 each), or null.</param>
/// <param name="Partners">The partners involved, or null.</param>
/// <param name="Links">What it links to, or null.</param>
/// <param name="Hours">The volunteer hours of the activity as a whole, when its members are not listed (a 活动台账 row): 0 to 24 per participant; or null.</param>
public sealed record NewActivity(string Kind, string Title, PlaceId PlaceId, ZonedDateTime StartsAt, int Participants, OrganizationUnitId? UnitId = null,
    IReadOnlyList<(PartyMemberId Member, decimal Hours)>? Members = null, IReadOnlyList<PartnerId>? Partners = null, ActivityLinks? Links = null, decimal? Hours = null);
