using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Organization;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore;

/// <summary>Registers the Entity Framework Core persistence of NeighborParty.</summary>
public static class NeighborPartyEntityFrameworkCoreExtensions
{
    /// <summary>
    /// Registers <see cref="NeighborPartyDbContext"/> and the EF repositories, replacing the in-memory ones.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the provider, e.g. <c>o =&gt; o.UseNeighborPartySqlite("Data Source=neighborparty.db")</c>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddNeighborPartyEntityFrameworkCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddDbContext<NeighborPartyDbContext>(configure);
        services.Replace(ServiceDescriptor.Scoped<IRepository<Place>, EfRepository<Place>>());
        services.Replace(ServiceDescriptor.Scoped<IRepository<OrganizationUnit>, EfRepository<OrganizationUnit>>());
        services.Replace(ServiceDescriptor.Scoped<IReadRepository<Place>>(sp => sp.GetRequiredService<IRepository<Place>>()));
        services.Replace(ServiceDescriptor.Scoped<IReadRepository<OrganizationUnit>>(sp => sp.GetRequiredService<IRepository<OrganizationUnit>>()));
        return services;
    }

    /// <summary>Uses SQLite with the library's migrations; the file is created on migration.</summary>
    /// <param name="builder">The options builder.</param>
    /// <param name="connectionString">A SQLite connection string, e.g. <c>Data Source=neighborparty.db</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static DbContextOptionsBuilder UseNeighborPartySqlite(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(NeighborPartyDbContext).Assembly.GetName().Name));
    }

    /// <summary>Applies pending migrations, creating the database if needed.</summary>
    /// <param name="services">A provider from which a scope is created.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static async Task MigrateNeighborPartyDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
