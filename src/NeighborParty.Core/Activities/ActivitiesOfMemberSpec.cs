using Ardalis.Specification;
using NeighborParty.Membership;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>The activities that list a member, within a span, by day.</summary>
public sealed class ActivitiesOfMemberSpec : Specification<Activity>
{
    /// <summary>Initializes a new instance of the <see cref="ActivitiesOfMemberSpec"/> class.</summary>
    /// <param name="member">The member.</param>
    /// <param name="days">The days.</param>
    public ActivitiesOfMemberSpec(PartyMemberId member, DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var (from, to) = (days.Start, days.End);
        Query.Where(a => a.Day >= from && a.Day <= to && a.Members.Any(m => m.MemberId == member)).OrderBy(a => a.Day).ThenBy(a => a.Id);
    }
}
