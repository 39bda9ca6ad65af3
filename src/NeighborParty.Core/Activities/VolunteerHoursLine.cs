using NodaTime;

namespace NeighborParty.Activities;

/// <summary>One activity of a volunteer-hours statement.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Day">Its day.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind, in Chinese.</param>
/// <param name="Place">Where.</param>
/// <param name="Hours">The member's hours.</param>
public sealed record VolunteerHoursLine(ActivityId ActivityId, LocalDate Day, string Title, string Kind, string Place, decimal Hours);
