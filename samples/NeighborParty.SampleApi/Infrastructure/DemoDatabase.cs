using Microsoft.EntityFrameworkCore;
using NeighborParty.EntityFrameworkCore.Persistence;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>The demo's database file, which holds nothing but seeded demo data.</summary>
internal static class DemoDatabase
{
    /// <summary>
    /// Deletes a demo database made by a pre-release whose migrations were squashed (it has migrations this build does
    /// not know), so that it is recreated and reseeded instead of failing to migrate. Only for the demo: real data is
    /// never deleted here.
    /// </summary>
    public static async Task ReplaceIfFromOlderReleaseAsync(this IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return;
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            logger.LogWarning("The demo database was made by an earlier pre-release ({Migration}); it is deleted and seeded afresh.", unknown[0]);
            await db.Database.EnsureDeletedAsync(cancellationToken);
        }
    }
}
