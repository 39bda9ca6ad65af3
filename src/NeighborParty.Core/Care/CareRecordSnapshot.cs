using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Care;

/// <summary>The stored state of a <see cref="CareRecord"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="ResidentId">The resident.</param>
/// <param name="Compound">The compound.</param>
/// <param name="Needs">Why care is needed.</param>
/// <param name="Circumstances">The sensitive circumstances, or null.</param>
/// <param name="Consent">The consent.</param>
/// <param name="Status">Where the resident is.</param>
/// <param name="Facility">The care home or hospital, or null.</param>
/// <param name="RegisteredAt">When registered.</param>
/// <param name="ClosedAt">When closed, or null.</param>
/// <param name="ClosedBecause">Why closed, or null.</param>
/// <param name="Guardians">The guardians.</param>
/// <param name="Contacts">The contacts.</param>
/// <param name="Actions">The actions.</param>
public sealed record CareRecordSnapshot(CareRecordId Id, ResidentId ResidentId, TreePosition Compound, CareNeeds Needs, string? Circumstances, CareConsent Consent,
    CareStatus Status, string? Facility, Instant RegisteredAt, Instant? ClosedAt, string? ClosedBecause, IReadOnlyList<CareGuardian> Guardians,
    IReadOnlyList<CareContact> Contacts, IReadOnlyList<CareAction> Actions);
