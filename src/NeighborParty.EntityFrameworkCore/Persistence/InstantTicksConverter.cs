using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>Stores an <see cref="Instant"/> as Unix ticks (INTEGER) on SQLite, so that comparisons and ordering run in SQL.</summary>
internal sealed class InstantTicksConverter() : ValueConverter<Instant, long>(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));
