using Microsoft.EntityFrameworkCore;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// The context on PostgreSQL: NodaTime values mapped natively by Npgsql's NodaTime plugin (<c>date</c>,
/// <c>timestamp with time zone</c>); PostgreSQL migrations.
/// </summary>
public sealed class PostgreSqlNeighborPartyDbContext : NeighborPartyDbContext
{
    /// <summary>Initializes a new instance of the <see cref="PostgreSqlNeighborPartyDbContext"/> class.</summary>
    /// <param name="options">The context options.</param>
    public PostgreSqlNeighborPartyDbContext(DbContextOptions<PostgreSqlNeighborPartyDbContext> options)
        : base(options)
    {
    }
}
