using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Membership;

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
