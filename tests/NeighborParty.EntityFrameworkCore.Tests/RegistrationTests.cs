using Microsoft.Extensions.DependencyInjection;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore.Tests;

public sealed class RegistrationTests
{
    /// <summary>
    /// Every aggregate the library keeps must be read from and written to the database once the EF Core package is
    /// added — otherwise it would quietly live in memory and be lost on restart.
    /// </summary>
    [Fact]
    public void Every_aggregate_of_the_library_is_backed_by_the_database()
    {
        var services = new ServiceCollection().AddNeighborParty().AddNeighborPartySqlite("Data Source=:memory:");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
        Assert.IsType<EfAggregateStore>(scope.ServiceProvider.GetRequiredService<IAggregateStore>());
        Assert.Equal(22, LibraryAggregates.Types.Count);
        foreach (var aggregate in LibraryAggregates.Types)
        {
            var reader = scope.ServiceProvider.GetRequiredService(typeof(IReadRepository<>).MakeGenericType(aggregate));
            Assert.True(reader.GetType().IsGenericType && reader.GetType().GetGenericTypeDefinition() == typeof(EfReadRepository<>),
                $"{aggregate.Name} is read by {reader.GetType().Name}, not from the database");
            Assert.IsType(typeof(Repository<>).MakeGenericType(aggregate), scope.ServiceProvider.GetRequiredService(typeof(IRepository<>).MakeGenericType(aggregate)));
            Assert.NotNull(dbContext.Model.FindEntityType(aggregate));
        }
    }
}
