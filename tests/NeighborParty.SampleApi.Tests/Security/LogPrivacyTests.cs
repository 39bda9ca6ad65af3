using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>Personal data sent in paths, queries, bodies and headers never reaches the log.</summary>
public sealed class LogPrivacyTests
{
    private const string IdNumber = "11010519491231002X";
    private const string Phone = "13800138000";

    private sealed class CapturingFactory : SampleApiFactory
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new CapturingProvider(Lines)));
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append($" {key}={value}");
                }
            }

            if (exception is not null)
            {
                text.Append(' ').Append(exception);
            }

            lines.Enqueue(text.ToString());
        }
    }

    [Fact]
    public async Task Id_numbers_and_phones_never_appear_in_the_log()
    {
        using var factory = new CapturingFactory();
        var client = factory.CreateSystemClient();
        var district = (await client.GetFromJsonAsync<JsonArray>("/api/places"))![0]!;
        var compound = (await client.GetFromJsonAsync<JsonArray>($"/api/places/{district["id"]}/subtree?kind=Compound"))![0]!;

        // Accepted: personal data typed into a name (it is stored, but must not be logged).
        await client.PostAsJsonAsync($"/api/places/{compound["id"]}/children", new { kind = "Building", name = $"{IdNumber} {Phone}" });

        // Refused in every way: in the path, the query, a bad body, a header, an oversized body.
        await client.GetAsync($"/api/places/{IdNumber}");
        await client.GetAsync($"/api/places/{district["id"]}/subtree?kind={Phone}");
        await client.GetAsync($"/api/units/{Guid.NewGuid()}/audit?before={IdNumber}&take={Phone}");
        await client.PostAsync($"/api/places/{compound["id"]}/children", new StringContent($"{{\"kind\":\"{IdNumber}\",\"name\":\"{Phone}\"}}", Encoding.UTF8, "application/json"));
        await client.PostAsync($"/api/places/{compound["id"]}/children", new StringContent($"{{\"kind\":\"Building\",\"name\":{Phone}}}", Encoding.UTF8, "application/json"));
        await client.PostAsync($"/api/places/{compound["id"]}/children", new StringContent($"kind={IdNumber}", Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var headers = new HttpRequestMessage(HttpMethod.Get, "/api/schema");
        headers.Headers.TryAddWithoutValidation("X-Resident-Phone", Phone);
        headers.Headers.TryAddWithoutValidation("If-Match", IdNumber);
        await client.SendAsync(headers);
        var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {IdNumber}.{Phone}.x");
        await anonymous.GetAsync($"/api/units?phone={Phone}");

        var log = string.Join("\n", factory.Lines);
        Assert.Contains("answered", log, StringComparison.Ordinal); // the capture works: request lines are there
        Assert.DoesNotContain(IdNumber, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, log, StringComparison.Ordinal);
    }
}
