using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NeighborParty.EntityFrameworkCore.Persistence;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Healthy when the database answers <c>SELECT 1</c> on a pooled connection; reports the provider, never the
/// connection string. The answer is kept for <see cref="MaxAge"/>, so that a load balancer polling every instance
/// many times a second costs the database one query a second (issue 18), not one per poll.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, IClock clock) : IHealthCheck
{
    /// <summary>How long an answer is reused.</summary>
    public static readonly Duration MaxAge = Duration.FromSeconds(1);

    // One reference, written and read whole: concurrent probes never see the time of one answer with the result of another.
    private Answer? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        if (Volatile.Read(ref _last) is { } last && now - last.At < MaxAge && now >= last.At)
        {
            return last.Result;
        }

        var result = await ProbeAsync(cancellationToken);
        Volatile.Write(ref _last, new Answer(now, result));
        return result;
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
        var provider = db.Database.ProviderName ?? "unknown";
        try
        {
            var answer = await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync(cancellationToken);
            return answer is [1]
                ? HealthCheckResult.Healthy($"The database ({provider}) answers.")
                : HealthCheckResult.Unhealthy($"The database ({provider}) does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database ({provider}) failed: {ex.GetType().Name}.");
        }
    }

    private sealed record Answer(Instant At, HealthCheckResult Result);
}
