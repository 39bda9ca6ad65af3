using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Persistence;

internal sealed class PlaceIdConverter() : ValueConverter<PlaceId, Guid>(id => id.Value, value => new PlaceId(value));

internal sealed class OrganizationUnitIdConverter() : ValueConverter<OrganizationUnitId, Guid>(id => id.Value, value => new OrganizationUnitId(value));

internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(date => date.ToDateOnly(), value => LocalDate.FromDateOnly(value));
