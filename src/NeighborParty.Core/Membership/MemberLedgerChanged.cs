using NeighborParty.Domain;
using NodaTime;

namespace NeighborParty.Membership;

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
