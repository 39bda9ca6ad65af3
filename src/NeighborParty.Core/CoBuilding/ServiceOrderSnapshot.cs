using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>The stored state of a <see cref="ServiceOrder"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="OfferingId">The offering.</param>
/// <param name="PartnerId">The partner delivering it.</param>
/// <param name="Compound">The compound that ordered.</param>
/// <param name="Needs">What the residents need.</param>
/// <param name="WantedDate">The day wanted.</param>
/// <param name="State">The state.</param>
/// <param name="BookedPeriod">The first day of the capacity period booked, or null.</param>
/// <param name="Reason">Why it was declined or cancelled, or null.</param>
/// <param name="ScheduledFor">The day it is scheduled for, or null.</param>
/// <param name="DeliveredOn">The day it was delivered, or null.</param>
/// <param name="Participants">How many took part, or null.</param>
/// <param name="Rating">The rating, or null.</param>
/// <param name="RatingComment">The comment with the rating, or null.</param>
/// <param name="Steps">The steps taken.</param>
public sealed record ServiceOrderSnapshot(ServiceOrderId Id, OfferingId OfferingId, PartnerId PartnerId, TreePosition Compound, string Needs, LocalDate WantedDate,
    OrderState State, LocalDate? BookedPeriod, string? Reason, LocalDate? ScheduledFor, LocalDate? DeliveredOn, int? Participants, int? Rating, string? RatingComment,
    IReadOnlyList<OrderStep> Steps);
