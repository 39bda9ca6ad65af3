using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>A member's details changed (name, contact, status, category, suspension, residence).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Fields">The names of the fields that changed (never their values).</param>
/// <param name="OccurredAt">When.</param>
public sealed record PartyMemberChanged(PartyMemberId MemberId, IReadOnlyList<string> Fields, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "member.changed";

    string IAuditedEvent.AuditSummary => $"Changed {string.Join(", ", Fields)} of member {MemberId}";
}
