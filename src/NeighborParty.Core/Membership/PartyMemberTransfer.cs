using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Membership;

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
