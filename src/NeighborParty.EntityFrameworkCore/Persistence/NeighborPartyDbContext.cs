using Microsoft.EntityFrameworkCore;
using NeighborParty.Organization;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// The Entity Framework Core context of NeighborParty: every aggregate of the library, mapped provider-neutrally
/// (ids as GUIDs, dates as <see cref="DateOnly"/>, tree positions as two indexed 64-bit keys).
/// </summary>
/// <remarks>Not thread-safe, as any <see cref="DbContext"/>; register it scoped.</remarks>
public class NeighborPartyDbContext : DbContext
{
    /// <summary>Initializes a new instance of the <see cref="NeighborPartyDbContext"/> class.</summary>
    /// <param name="options">The context options (provider, connection).</param>
    public NeighborPartyDbContext(DbContextOptions<NeighborPartyDbContext> options)
        : base(options)
    {
    }

    /// <summary>Gets the places.</summary>
    public DbSet<Place> Places => Set<Place>();

    /// <summary>Gets the organisation units.</summary>
    public DbSet<OrganizationUnit> OrganizationUnits => Set<OrganizationUnit>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NeighborPartyDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PlaceId>().HaveConversion<PlaceIdConverter>();
        configurationBuilder.Properties<OrganizationUnitId>().HaveConversion<OrganizationUnitIdConverter>();
        configurationBuilder.Properties<NodaTime.LocalDate>().HaveConversion<LocalDateConverter>();
    }
}
