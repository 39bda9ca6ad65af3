using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host (SQLite).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NeighborPartyDbContext>
{
    public NeighborPartyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<NeighborPartyDbContext>();
        builder.UseNeighborPartySqlite("Data Source=design-time.db");
        return new NeighborPartyDbContext(builder.Options);
    }
}
