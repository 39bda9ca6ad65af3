using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore;

/// <summary>Registers the Entity Framework Core persistence of NeighborParty on SQLite or PostgreSQL.</summary>
public static class NeighborPartyEntityFrameworkCoreExtensions
{
    /// <summary>
    /// Stores everything in a SQLite file (created on migration) in write-ahead-log mode with full synchronous
    /// commits; registers <see cref="SqliteNeighborPartyDbContext"/> as the <see cref="NeighborPartyDbContext"/> and
    /// the EF repositories, replacing the in-memory ones.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A SQLite connection string, e.g. <c>Data Source=district.db</c>.</param>
    /// <param name="configure">Further options (logging, interceptors), or null. Called once: contexts are pooled (issue 18), so the options are built once and shared.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddNeighborPartySqlite(this IServiceCollection services, string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextPool<SqliteNeighborPartyDbContext>(o =>
        {
            SqliteOptions(o, connectionString);
            configure?.Invoke(o);
        });
        return AddRepositories<SqliteNeighborPartyDbContext>(services);
    }

    /// <summary>
    /// Stores everything in PostgreSQL (Npgsql, with NodaTime types mapped natively); registers
    /// <see cref="PostgreSqlNeighborPartyDbContext"/> as the <see cref="NeighborPartyDbContext"/> and the EF
    /// repositories, replacing the in-memory ones.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=localhost;Database=district;Username=np</c>.</param>
    /// <param name="configure">Further options (logging, interceptors), or null. Called once: contexts are pooled (issue 18), so the options are built once and shared.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddNeighborPartyPostgreSql(this IServiceCollection services, string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextPool<PostgreSqlNeighborPartyDbContext>(o =>
        {
            PostgreSqlOptions(o, connectionString);
            configure?.Invoke(o);
        });
        return AddRepositories<PostgreSqlNeighborPartyDbContext>(services);
    }

    /// <summary>Applies pending migrations, creating the database (or SQLite file) if needed.</summary>
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

    // Aggregates with several owned collections (a care record's guardians, contacts and actions; a deliberation's
    // participants, votes and actions) load with one query per collection: a single joined query would return the
    // product of the collections' sizes (hundreds of rows for one care record with years of visits).
    // A list in a query (the ID-card numbers of an import chunk, the compounds of a sweep) is one parameter — a JSON
    // array on SQLite, an array on PostgreSQL — not one parameter per item (EF Core 10's default): one plan for any
    // length, and no per-item binding, which on SQLite costs quadratically in the number of parameters (issue 26).
    internal static DbContextOptionsBuilder SqliteOptions(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(NeighborPartyDbContext).Assembly.GetName().Name)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(SqlitePragmas.Instance);

    internal static DbContextOptionsBuilder PostgreSqlOptions(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime().MigrationsAssembly(typeof(NeighborPartyDbContext).Assembly.GetName().Name)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    private static IServiceCollection AddRepositories<TContext>(IServiceCollection services)
        where TContext : NeighborPartyDbContext
    {
        // Every aggregate the library keeps goes to the database: the library's in-memory defaults are replaced.
        services.Replace(ServiceDescriptor.Scoped<NeighborPartyDbContext>(sp => sp.GetRequiredService<TContext>()));
        services.Replace(ServiceDescriptor.Scoped<IAggregateStore, EfAggregateStore>());
        LibraryAggregates.Accept(new Readers(services));

        // Roll-ups run as SQL aggregation over the subtree index, never by loading rows into the process.
        services.Replace(ServiceDescriptor.Scoped<NeighborParty.Accounting.IRollUpSource, Accounting.EfRollUpSource>());
        services.Replace(ServiceDescriptor.Scoped<IAggregateQueries, EfAggregateQueries>()); // counts and tallies as GROUP BY (issue 26)
        return services;
    }

    private sealed class Readers(IServiceCollection services) : IAggregateTypeVisitor
    {
        public void Visit<TAggregate, TSnapshot>()
            where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
            where TSnapshot : class => services.Replace(ServiceDescriptor.Scoped<IReadRepository<TAggregate>, EfReadRepository<TAggregate>>());
    }
}
