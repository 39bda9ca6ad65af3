using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context PostgreSqlNeighborPartyDbContext</c> build the context without a server.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlNeighborPartyDbContext>
{
    public PostgreSqlNeighborPartyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlNeighborPartyDbContext>();
        NeighborPartyEntityFrameworkCoreExtensions.PostgreSqlOptions(builder, "Host=localhost;Database=design_time");
        return new PostgreSqlNeighborPartyDbContext(builder.Options);
    }
}
