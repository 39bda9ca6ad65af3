using NeighborParty.Membership;

namespace NeighborParty.Application;

/// <summary>A member as one actor may see them: whether the ID-card number and phone may be shown in full is decided here, not by the host.</summary>
/// <param name="Member">The member.</param>
/// <param name="PersonalData">Whether the actor may see the member's personal data (<c>members.read-personal</c> where the member belongs).</param>
public sealed record MemberView(PartyMember Member, bool PersonalData);
