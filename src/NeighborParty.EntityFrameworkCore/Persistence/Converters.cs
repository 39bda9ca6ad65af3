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

internal sealed class PartnerIdConverter() : ValueConverter<NeighborParty.CoBuilding.PartnerId, Guid>(id => id.Value, value => new NeighborParty.CoBuilding.PartnerId(value));

internal sealed class CovenantIdConverter() : ValueConverter<NeighborParty.CoBuilding.CovenantId, Guid>(id => id.Value, value => new NeighborParty.CoBuilding.CovenantId(value));

internal sealed class OfferingIdConverter() : ValueConverter<NeighborParty.CoBuilding.OfferingId, Guid>(id => id.Value, value => new NeighborParty.CoBuilding.OfferingId(value));

internal sealed class ServiceOrderIdConverter() : ValueConverter<NeighborParty.CoBuilding.ServiceOrderId, Guid>(id => id.Value, value => new NeighborParty.CoBuilding.ServiceOrderId(value));

internal sealed class PositionIdConverter() : ValueConverter<NeighborParty.CoBuilding.PositionId, Guid>(id => id.Value, value => new NeighborParty.CoBuilding.PositionId(value));

internal sealed class DeployedTeamIdConverter() : ValueConverter<NeighborParty.CoBuilding.DeployedTeamId, Guid>(id => id.Value, value => new NeighborParty.CoBuilding.DeployedTeamId(value));

internal sealed class MotionIdConverter() : ValueConverter<NeighborParty.CoBuilding.MotionId, Guid>(id => id.Value, value => new NeighborParty.CoBuilding.MotionId(value));

internal sealed class ActivityIdConverter() : ValueConverter<NeighborParty.Activities.ActivityId, Guid>(id => id.Value, value => new NeighborParty.Activities.ActivityId(value));

internal sealed class RequestIdConverter() : ValueConverter<NeighborParty.Requests.RequestId, Guid>(id => id.Value, value => new NeighborParty.Requests.RequestId(value));

internal sealed class MicroWishIdConverter() : ValueConverter<NeighborParty.Requests.MicroWishId, Guid>(id => id.Value, value => new NeighborParty.Requests.MicroWishId(value));

internal sealed class DeliberationIdConverter() : ValueConverter<NeighborParty.Requests.DeliberationId, Guid>(id => id.Value, value => new NeighborParty.Requests.DeliberationId(value));

internal sealed class ProjectIdConverter() : ValueConverter<NeighborParty.Activities.ProjectId, Guid>(id => id.Value, value => new NeighborParty.Activities.ProjectId(value));

internal sealed class PeriodClosingIdConverter() : ValueConverter<NeighborParty.Accounting.PeriodClosingId, Guid>(id => id.Value, value => new NeighborParty.Accounting.PeriodClosingId(value));

internal sealed class CorrectionIdConverter() : ValueConverter<NeighborParty.Accounting.CorrectionId, Guid>(id => id.Value, value => new NeighborParty.Accounting.CorrectionId(value));
