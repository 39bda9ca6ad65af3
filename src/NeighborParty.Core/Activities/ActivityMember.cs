using NeighborParty.Membership;

namespace NeighborParty.Activities;

/// <summary>A member who took part, and the volunteer hours they gave. Immutable.</summary>
public sealed class ActivityMember
{
    /// <summary>Initializes a new instance of the <see cref="ActivityMember"/> class.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="hours">The volunteer hours.</param>
    public ActivityMember(PartyMemberId memberId, decimal hours)
    {
        MemberId = memberId;
        Hours = hours;
    }

    /// <summary>Gets the member.</summary>
    public PartyMemberId MemberId { get; }

    /// <summary>Gets the volunteer hours (0 when not a volunteer service).</summary>
    public decimal Hours { get; }
}
