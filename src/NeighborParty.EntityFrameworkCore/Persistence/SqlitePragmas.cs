using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// Sets, on every SQLite connection: write-ahead logging (readers never block the writer), <c>synchronous=FULL</c>
/// (a commit is on disk before it is acknowledged, so no answered write is lost in a crash or power cut) and a busy
/// timeout (concurrent writers wait their turn instead of failing).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
