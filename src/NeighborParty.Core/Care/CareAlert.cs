using NodaTime;

namespace NeighborParty.Care;

/// <summary>Where a care record stands today (CR-3, CR-4): how long since the last contact and who must act.</summary>
/// <param name="Level">None, due (guardians and branch) or escalated (community).</param>
/// <param name="LastContactAt">The last contact, or the registration when there was none.</param>
/// <param name="DueBy">When the next contact is due.</param>
/// <param name="EscalatesAt">When the case escalates to the community if nobody is in contact.</param>
/// <param name="UnansweredConcern">Whether a contact raised a concern that no branch or community action followed in time.</param>
public sealed record CareAlert(CareAlertLevel Level, Instant LastContactAt, Instant DueBy, Instant EscalatesAt, bool UnansweredConcern);
