using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>
/// Finding 8: requests are limited per actor, per Open311 key and per IP address, and a refused one is a 429 with
/// Retry-After. The limits here are tiny and the windows an hour long, so no test waits for or races a clock; every
/// test uses its own actor, key or client address so that the tests do not count against each other.
/// </summary>
public sealed class RateLimitTests : IClassFixture<RateLimitTests.TinyLimitsFactory>
{
    private readonly TinyLimitsFactory _factory;

    public RateLimitTests(TinyLimitsFactory factory) => _factory = factory;

    [Fact]
    public async Task Finding08_issuing_tokens_is_limited_per_address_and_the_refusal_is_a_problem_with_retry_after()
    {
        using var client = _factory.ClientFrom("10.0.0.1");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/dev/tokens/resident", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/dev/tokens/resident", null)).StatusCode);
        var refused = await client.PostAsync("/dev/tokens/resident", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("NP-HTTP-429", 429), ((string)problem["code"]!, (int)problem["status"]!));
        Assert.False(string.IsNullOrEmpty((string?)problem["messageZh"]));

        using var elsewhere = _factory.ClientFrom("10.0.0.2"); // another address has its own allowance
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.PostAsync("/dev/tokens/resident", null)).StatusCode);
    }

    [Fact]
    public async Task Finding08_every_api_request_counts_against_the_actor_not_the_address()
    {
        var first = _factory.CreateClientFor(new Actor("t:rate-limited", ActorKind.System, Guid.Empty));
        for (var i = 0; i < TinyLimitsFactory.ApiLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/places")).StatusCode);
        }

        var refused = await first.GetAsync("/api/places");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);

        var other = _factory.CreateClientFor(new Actor("t:another-actor", ActorKind.System, Guid.Empty)); // same address, another actor
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/places")).StatusCode);
    }

    [Fact]
    public async Task Finding08_open311_posts_are_limited_per_key_and_refused_in_open311s_own_error_format()
    {
        using var client = _factory.ClientFrom("10.0.0.3");
        Task<HttpResponseMessage> Post() => client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "demo-open311-doorstep-yuxuan", ["service_code"] = "lighting", ["lat"] = "26.64", ["long"] = "118.17",
        }));
        Assert.Equal(HttpStatusCode.OK, (await Post()).StatusCode);
        var refused = await Post();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(429, (int)(await refused.Content.ReadFromJsonAsync<JsonArray>())![0]!["code"]!);
    }

    [Fact]
    public async Task Finding08_open311_reads_are_limited_per_key_or_address()
    {
        using var client = _factory.ClientFrom("10.0.0.4");
        for (var i = 0; i < TinyLimitsFactory.Open311ReadLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/open311/v2/services.json")).StatusCode);
        }

        var refused = await client.GetAsync("/open311/v2/services.json");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(429, (int)(await refused.Content.ReadFromJsonAsync<JsonArray>())![0]!["code"]!);
    }

    [Fact]
    public async Task Finding08_ledger_exports_and_imports_are_limited_per_actor()
    {
        var system = _factory.CreateClientFor(new Actor("t:ledger-files", ActorKind.System, Guid.Empty));
        var district = (string)(await system.GetFromJsonAsync<JsonArray>("/api/places"))![0]!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync($"/api/ledger/export?scope={district}")).StatusCode);
        var refused = await system.GetAsync($"/api/ledger/export?scope={district}");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("NP-HTTP-429", (string)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
    }

    /// <summary>The sample with tiny limits in hour-long windows, and a way to set the client's address per client.</summary>
    public sealed class TinyLimitsFactory : SampleApiFactory
    {
        public const int ApiLimit = 6;
        public const int Open311ReadLimit = 3;
        private const string AddressHeader = "X-Test-Client-Address";

        protected override IReadOnlyDictionary<string, string> RateLimits { get; } = new Dictionary<string, string>
        {
            ["RateLimiting:Api:PermitLimit"] = ApiLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:Api:WindowSeconds"] = "3600",
            ["RateLimiting:Tokens:PermitLimit"] = "2",
            ["RateLimiting:Tokens:WindowSeconds"] = "3600",
            ["RateLimiting:Open311Read:PermitLimit"] = Open311ReadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:Open311Read:WindowSeconds"] = "3600",
            ["RateLimiting:Open311Write:PermitLimit"] = "1",
            ["RateLimiting:Open311Write:WindowSeconds"] = "3600",
            ["RateLimiting:LedgerFiles:PermitLimit"] = "1",
            ["RateLimiting:LedgerFiles:WindowSeconds"] = "3600",
        };

        /// <summary>A client whose requests come from <paramref name="address"/> (the test server has no real peer address).</summary>
        public HttpClient ClientFrom(string address)
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Add(AddressHeader, address);
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
        }

        private sealed class ClientAddressFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, following) =>
                {
                    if (context.Request.Headers.TryGetValue(AddressHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                    {
                        context.Connection.RemoteIpAddress = address;
                    }

                    return following(context);
                });
                next(app);
            };
        }
    }
}
