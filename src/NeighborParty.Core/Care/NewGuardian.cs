using NeighborParty.Membership;

namespace NeighborParty.Care;

/// <summary>A guardian to add to a care record.</summary>
/// <param name="Kind">Who they are to the resident.</param>
/// <param name="Name">Their name.</param>
/// <param name="Duty">What they take on (e.g. 每天上门看看).</param>
/// <param name="MemberId">The Party member, when the guardian is one.</param>
public sealed record NewGuardian(GuardianKind Kind, string Name, string Duty, PartyMemberId? MemberId = null);
