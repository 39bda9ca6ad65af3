using NeighborParty.Membership;

namespace NeighborParty.Care;

/// <summary>What is needed to register a resident for neighbourhood care.</summary>
/// <param name="ResidentId">The resident (recorded in the member ledger's resident list).</param>
/// <param name="Needs">Why care is needed.</param>
/// <param name="Consent">The consent (CR-1).</param>
/// <param name="Guardians">The first guardians (CR-2).</param>
/// <param name="Circumstances">Health and living circumstances (sensitive), or null.</param>
public sealed record NewCareRecord(ResidentId ResidentId, CareNeeds Needs, CareConsent Consent, IReadOnlyList<NewGuardian> Guardians, string? Circumstances = null);
