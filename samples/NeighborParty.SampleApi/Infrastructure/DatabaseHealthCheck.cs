using Microsoft.Extensions.Diagnostics.HealthChecks;
using NeighborParty.EntityFrameworkCore.Persistence;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>Healthy when the database answers a query; reports the provider, never the connection string.</summary>
internal sealed class DatabaseHealthCheck(NeighborPartyDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = db.Database.ProviderName ?? "unknown";
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"The database ({provider}) answers.")
                : HealthCheckResult.Unhealthy($"The database ({provider}) does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database ({provider}) failed: {ex.GetType().Name}.");
        }
    }
}
