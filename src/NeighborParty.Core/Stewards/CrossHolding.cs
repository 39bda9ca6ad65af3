using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>A branch secretary who also chairs a compound's owners' committee (一肩挑).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Name">The name.</param>
/// <param name="BranchId">The branch.</param>
/// <param name="BranchName">Its name.</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="CompoundName">Its name.</param>
public sealed record CrossHolding(Membership.PartyMemberId MemberId, string Name, OrganizationUnitId BranchId, string BranchName, PlaceId CompoundId, string CompoundName);
