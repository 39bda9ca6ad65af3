using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteNeighborPartyDbContext</c> build the context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNeighborPartyDbContext>
{
    public SqliteNeighborPartyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteNeighborPartyDbContext>();
        NeighborPartyEntityFrameworkCoreExtensions.SqliteOptions(builder, "Data Source=design-time.db");
        return new SqliteNeighborPartyDbContext(builder.Options);
    }
}
