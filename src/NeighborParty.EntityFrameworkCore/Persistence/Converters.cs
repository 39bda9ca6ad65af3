using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Persistence;

internal sealed class PlaceIdConverter() : ValueConverter<PlaceId, Guid>(id => id.Value, value => new PlaceId(value));

internal sealed class OrganizationUnitIdConverter() : ValueConverter<OrganizationUnitId, Guid>(id => id.Value, value => new OrganizationUnitId(value));

internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(date => date.ToDateOnly(), value => LocalDate.FromDateOnly(value));

internal sealed class AuditEntryIdConverter() : ValueConverter<NeighborParty.Auditing.AuditEntryId, Guid>(id => id.Value, value => new NeighborParty.Auditing.AuditEntryId(value));

/// <summary>Stores an <see cref="Instant"/> as Unix ticks (INTEGER) on SQLite, so that comparisons and ordering run in SQL.</summary>
internal sealed class InstantTicksConverter() : ValueConverter<Instant, long>(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));

internal sealed class PartyMemberIdConverter() : ValueConverter<NeighborParty.Membership.PartyMemberId, Guid>(id => id.Value, value => new NeighborParty.Membership.PartyMemberId(value));

internal sealed class ResidentIdConverter() : ValueConverter<NeighborParty.Membership.ResidentId, Guid>(id => id.Value, value => new NeighborParty.Membership.ResidentId(value));

internal sealed class AppointmentIdConverter() : ValueConverter<NeighborParty.Stewards.AppointmentId, Guid>(id => id.Value, value => new NeighborParty.Stewards.AppointmentId(value));

internal sealed class CompoundGovernanceIdConverter() : ValueConverter<NeighborParty.Stewards.CompoundGovernanceId, Guid>(id => id.Value, value => new NeighborParty.Stewards.CompoundGovernanceId(value));
