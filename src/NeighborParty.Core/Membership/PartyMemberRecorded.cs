using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>A member was entered in the ledger.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="OccurredAt">When.</param>
public sealed record PartyMemberRecorded(PartyMemberId MemberId, Instant OccurredAt) : IAuditedEvent
{
    string IAuditedEvent.AuditAction => "member.recorded";

    string IAuditedEvent.AuditSummary => $"Recorded member {MemberId.Value}"; // the GUID formats straight into the summary
}
