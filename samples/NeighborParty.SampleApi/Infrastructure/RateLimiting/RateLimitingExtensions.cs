using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NeighborParty.SampleApi.Infrastructure.RateLimiting;

/// <summary>
/// ASP.NET Core's built-in rate limiter, partitioned per actor, per Open311 key or per IP address, with limits from
/// the <c>RateLimiting</c> configuration section. A refused request is answered 429 with <c>Retry-After</c>: problem
/// details on the API, the GeoReport v2 error list on Open311.
/// </summary>
internal static class RateLimitingExtensions
{
    public static IServiceCollection AddSampleApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        settings.Validate();
        services.AddSingleton(settings);
        services.AddSingleton<Open311KeyLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => WriteRejectionAsync(context.HttpContext, context.Lease, ct);
            if (!settings.Enabled)
            {
                o.AddPolicy(RateLimitPolicies.Tokens, _ => RateLimitPartition.GetNoLimiter(string.Empty));
                o.AddPolicy(RateLimitPolicies.Open311Read, _ => RateLimitPartition.GetNoLimiter(string.Empty));
                o.AddPolicy(RateLimitPolicies.LedgerFiles, _ => RateLimitPartition.GetNoLimiter(string.Empty));
                return;
            }

            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Window(ActorOrAddress(http), settings.Api));
            o.AddPolicy(RateLimitPolicies.Tokens, http => Window(Address(http), settings.Tokens));
            o.AddPolicy(RateLimitPolicies.Open311Read, http => Window(
                http.Request.Query.TryGetValue("api_key", out var key) && key.ToString() is { Length: > 0 and <= 200 } k ? "key:" + k : Address(http), settings.Open311Read));
            o.AddPolicy(RateLimitPolicies.LedgerFiles, http => Window(ActorOrAddress(http), settings.LedgerFiles));
        });
        return services;
    }

    /// <summary>Writes the 429 answer: Retry-After in whole seconds, and a body the caller's protocol understands.</summary>
    internal static async ValueTask WriteRejectionAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/open311"))
        {
            await http.Response.WriteAsJsonAsync(new[] { new { code = 429, description = $"Too many requests; try again in {seconds} s. 请求过于频繁，请 {seconds} 秒后再试。" } }, cancellationToken);
            return;
        }

        var problem = new ProblemDetails
        {
            Type = "https://neighborparty.dev/errors/NP-HTTP-429",
            Title = "Too many requests.",
            Detail = $"Try again in {seconds} seconds.",
            Status = StatusCodes.Status429TooManyRequests,
        };
        problem.Extensions["code"] = "NP-HTTP-429";
        problem.Extensions["messageZh"] = $"请求过于频繁，请 {seconds} 秒后再试。";
        problem.Extensions["retryAfter"] = seconds;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    private static RateLimitPartition<string> Window(string partition, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => rule.ToOptions());

    private static string ActorOrAddress(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirst("sub")?.Value is { Length: > 0 } sub ? "actor:" + sub : Address(http);

    private static string Address(HttpContext http) => "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
