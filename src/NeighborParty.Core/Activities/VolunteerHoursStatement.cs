using NeighborParty.Membership;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>A member's volunteer-hours statement (MR-5).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="MemberName">The member's name.</param>
/// <param name="Category">In service, retired …</param>
/// <param name="ReportTo">The organisation holding the member's relationship (the work unit's branch for an in-service member), or null.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Lines">The activities.</param>
/// <param name="TotalHours">The hours in all.</param>
public sealed record VolunteerHoursStatement(PartyMemberId MemberId, string MemberName, MemberCategory Category, string? ReportTo, LocalDate From, LocalDate To,
    IReadOnlyList<VolunteerHoursLine> Lines, decimal TotalHours);
