using Microsoft.EntityFrameworkCore;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>The context on SQLite: NodaTime values stored as <see cref="DateOnly"/> and Unix ticks; SQLite migrations.</summary>
public sealed class SqliteNeighborPartyDbContext : NeighborPartyDbContext
{
    /// <summary>Initializes a new instance of the <see cref="SqliteNeighborPartyDbContext"/> class.</summary>
    /// <param name="options">The context options.</param>
    public SqliteNeighborPartyDbContext(DbContextOptions<SqliteNeighborPartyDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<NodaTime.LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<NodaTime.Instant>().HaveConversion<InstantTicksConverter>();
    }
}
