using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// Sets, once on every physical SQLite connection: write-ahead logging (readers never block the writer),
/// <c>synchronous=FULL</c> (a commit is on disk before it is acknowledged, so no answered write is lost in a crash or
/// power cut) and a busy timeout (concurrent writers wait their turn instead of failing).
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite pools physical connections, and EF opens one for every query, so the pragmas are set only
/// when the underlying <c>sqlite3</c> handle is new: running three statements on every open cost a fifth of a simple
/// read (issue 18). A handle keeps its settings for its whole life, so nothing is lost.
/// </remarks>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Configured.AddOrUpdate(handle, Instance);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection, out var handle))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Configured.AddOrUpdate(handle, Instance);
        }
    }

    private static bool IsNew(DbConnection connection, out object handle)
    {
        handle = (connection as SqliteConnection)?.Handle ?? (object)connection;
        return !Configured.TryGetValue(handle, out _);
    }
}
