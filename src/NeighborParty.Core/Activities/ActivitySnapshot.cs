using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>The stored state of an <see cref="Activity"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">The kind's key.</param>
/// <param name="Title">The title.</param>
/// <param name="Unit">The organising unit.</param>
/// <param name="Place">Where it was held.</param>
/// <param name="StartsAt">When it started.</param>
/// <param name="TimeZone">The IANA time zone it was held in.</param>
/// <param name="Day">The day it was held, in its zone.</param>
/// <param name="Participants">How many took part.</param>
/// <param name="Members">The members who took part.</param>
/// <param name="Partners">The partners involved.</param>
/// <param name="CovenantId">The covenant it fulfils, or null.</param>
/// <param name="CommitmentKey">The commitment it counts for, or null.</param>
/// <param name="ServiceOrderId">The service order it delivered, or null.</param>
/// <param name="ProjectId">The project, or null.</param>
/// <param name="RequestId">The request it answers, or null.</param>
/// <param name="Hours">The volunteer hours recorded for the activity as a whole (an imported 活动台账 row), or null.</param>
public sealed record ActivitySnapshot(ActivityId Id, string Kind, string Title, TreePosition Unit, TreePosition Place, Instant StartsAt, string TimeZone, LocalDate Day,
    int Participants, IReadOnlyList<ActivityMember> Members, IReadOnlyList<ActivityPartner> Partners, CovenantId? CovenantId, Guid? CommitmentKey,
    ServiceOrderId? ServiceOrderId, Guid? ProjectId, Guid? RequestId, decimal? Hours = null);
