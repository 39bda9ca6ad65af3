using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>Finding 11: a host outside Development never seeds the demo district, even when the setting asks for it.</summary>
public sealed class ProductionHostTests : IClassFixture<ProductionHostTests.ProductionFactory>
{
    private readonly ProductionFactory _factory;

    public ProductionHostTests(ProductionFactory factory) => _factory = factory;

    [Fact]
    public async Task Finding11_the_demo_district_is_seeded_only_in_development()
    {
        var system = _factory.CreateClientFor(new Actor("t:system", ActorKind.System, Guid.Empty));
        Assert.Empty((await system.GetFromJsonAsync<JsonArray>("/api/places"))!);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await system.PostAsync("/dev/tokens/resident", null)).StatusCode); // and no demo tokens
    }

    /// <summary>The sample in Production with <c>SeedDemoData</c> set, as a careless deployment would have it.</summary>
    public sealed class ProductionFactory : SampleApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Authentication:Jwt:SigningKey", "production-test-signing-key-0123456789-0123456789-0123456789");
        }
    }
}
