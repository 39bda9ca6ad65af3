using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>Stores a <see cref="LocalDate"/> as a <see cref="DateOnly"/> on SQLite.</summary>
internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(date => date.ToDateOnly(), value => LocalDate.FromDateOnly(value));
