using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>The stored state of a <see cref="PartyMember"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="IdNumber">The full ID-card number (personal data: keep it protected at rest).</param>
/// <param name="Gender">The gender.</param>
/// <param name="BirthDate">The birth date.</param>
/// <param name="Phone">The phone digits, or null (personal data).</param>
/// <param name="Joined">The date of joining.</param>
/// <param name="MadeFull">The date made full, or null.</param>
/// <param name="Category">The census category.</param>
/// <param name="IsMobile">Whether the member is mobile.</param>
/// <param name="SuspensionReason">Why voting rights are suspended, or null.</param>
/// <param name="SuspendedFrom">The first day of the suspension, or null.</param>
/// <param name="SuspendedTo">The last day of the suspension, or null.</param>
/// <param name="Unit">The relationship's unit.</param>
/// <param name="ExternalOrganization">The outside organisation holding the relationship, or null.</param>
/// <param name="RelationshipSince">The first day of the current relationship.</param>
/// <param name="Transfer">The open transfer's state, or null.</param>
/// <param name="TransferToUnitId">The unit the open transfer goes to, or null.</param>
/// <param name="TransferToExternal">The outside organisation the open transfer goes to, or null.</param>
/// <param name="TransferStarted">The day the open transfer started, or null.</param>
/// <param name="History">The past relationships.</param>
/// <param name="Residence">The residence compound.</param>
/// <param name="ResidenceBuildingId">The residence building, or null.</param>
/// <param name="Registration">The registration compound.</param>
/// <param name="RegisteredBuildingId">The building assigned at registration, or null.</param>
/// <param name="RegisteredGrid">The grid assigned at registration, or null.</param>
/// <param name="RegisteredOn">The day of registration, or null.</param>
public sealed record PartyMemberSnapshot(PartyMemberId Id, string Name, string IdNumber, Gender Gender, LocalDate BirthDate, string? Phone, LocalDate Joined,
    LocalDate? MadeFull, MemberCategory Category, bool IsMobile, string? SuspensionReason, LocalDate? SuspendedFrom, LocalDate? SuspendedTo, TreePosition Unit,
    string? ExternalOrganization, LocalDate RelationshipSince, TransferState? Transfer, OrganizationUnitId? TransferToUnitId, string? TransferToExternal,
    LocalDate? TransferStarted, IReadOnlyList<RelationshipPeriod> History, TreePosition Residence, PlaceId? ResidenceBuildingId, TreePosition Registration,
    PlaceId? RegisteredBuildingId, string? RegisteredGrid, LocalDate? RegisteredOn);
