using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>A member was entered in the ledger.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="OccurredAt">When.</param>
public sealed record PartyMemberRecorded(PartyMemberId MemberId, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "member.recorded";

    string IAuditedEvent.AuditSummary => $"Recorded member {MemberId}";
}

/// <summary>A member's details changed (name, contact, status, category, suspension, residence).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Fields">The names of the fields that changed (never their values).</param>
/// <param name="OccurredAt">When.</param>
public sealed record PartyMemberChanged(PartyMemberId MemberId, IReadOnlyList<string> Fields, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "member.changed";

    string IAuditedEvent.AuditSummary => $"Changed {string.Join(", ", Fields)} of member {MemberId}";
}

/// <summary>A step of a transfer of the organisational relationship (MR-3): started, in transit, received or cancelled.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Step">What happened: <c>out</c>, <c>in-transit</c>, <c>received</c> or <c>cancelled</c>.</param>
/// <param name="Destination">The receiving unit's id or the outside organisation.</param>
/// <param name="OccurredAt">When.</param>
public sealed record PartyMemberTransfer(PartyMemberId MemberId, string Step, string Destination, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "member.transfer-" + Step;

    string IAuditedEvent.AuditSummary => $"Transfer of member {MemberId} to {Destination}: {Step}";
}

/// <summary>A residence registration (报到) was made or revoked (MR-5).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Registered">True when registered, false when revoked.</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="OccurredAt">When.</param>
public sealed record PartyMemberRegistration(PartyMemberId MemberId, bool Registered, Guid CompoundId, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => Registered ? "member.registered" : "member.registration-revoked";

    string IAuditedEvent.AuditSummary => Registered ? $"Member {MemberId} registered (报到) to compound {CompoundId}" : $"Member {MemberId} revoked the registration to compound {CompoundId}";
}

/// <summary>A resident (not a member) was entered or changed.</summary>
/// <param name="ResidentId">The resident.</param>
/// <param name="Action">What happened: <c>recorded</c> or <c>changed</c>.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ResidentRecorded(ResidentId ResidentId, string Action, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "resident." + Action;

    string IAuditedEvent.AuditSummary => $"Resident {ResidentId}: {Action}";
}

/// <summary>
/// Something that counts toward branch formation changed (a member added, status, category, suspension, residence,
/// relationship or registration): the units and compounds whose assessment may change, so that an adopter can
/// re-assess only those (<see cref="Formation.FormationService"/>).
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="Units">The units whose members changed (old and new relationship).</param>
/// <param name="Compounds">The compounds whose residents or registered members changed.</param>
/// <param name="OccurredAt">When.</param>
public sealed record MemberLedgerChanged(PartyMemberId MemberId, IReadOnlyList<Organization.OrganizationUnitId> Units,
    IReadOnlyList<Organization.PlaceId> Compounds, Instant OccurredAt) : IDomainEvent;
