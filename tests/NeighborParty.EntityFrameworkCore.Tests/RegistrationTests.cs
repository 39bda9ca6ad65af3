using Microsoft.Extensions.DependencyInjection;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore.Tests;

public sealed class RegistrationTests
{
    /// <summary>
    /// Every aggregate the library keeps in memory by default must go to the database once the EF Core package is
    /// added — otherwise it would quietly live in memory and be lost on restart.
    /// </summary>
    [Fact]
    public void Every_repository_of_the_library_is_backed_by_the_database()
    {
        var services = new ServiceCollection().AddNeighborParty().AddNeighborPartySqlite("Data Source=:memory:");
        var repositories = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IRepository<>)).ToList();
        Assert.True(repositories.Count >= 13, $"only {repositories.Count} repositories");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
        foreach (var descriptor in repositories)
        {
            var repository = scope.ServiceProvider.GetRequiredService(descriptor.ServiceType);
            var entity = descriptor.ServiceType.GetGenericArguments()[0];
            Assert.True(repository.GetType().IsGenericType && repository.GetType().GetGenericTypeDefinition() == typeof(EfRepository<>),
                $"{entity.Name} is kept by {repository.GetType().Name}, not the database");
            Assert.NotNull(dbContext.Model.FindEntityType(entity));
        }
    }
}
