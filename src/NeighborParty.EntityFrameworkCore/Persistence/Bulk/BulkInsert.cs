using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NeighborParty.Domain;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>
/// Inserts many new aggregates of one type, with their owned rows, in the context's current transaction without
/// tracking them: binary <c>COPY</c> on PostgreSQL, one prepared and re-bound <c>INSERT</c> per table on SQLite. The
/// columns and conversions come from the EF Core model (<see cref="BulkTable"/>), so what is written is what
/// <c>SaveChanges</c> would write.
/// </summary>
internal static class BulkInsert
{
    /// <summary>The fewest new aggregates of one type for which a write goes around the change tracker.</summary>
    public const int Threshold = 64;

    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, BulkTable>> Tables = [];

    /// <summary>Inserts <paramref name="aggregates"/> (all of one type) with the given versions.</summary>
    /// <param name="db">The context; a transaction must be open on it.</param>
    /// <param name="aggregates">The new aggregates and the versions they are stored with.</param>
    /// <param name="statistics">Counts the rows written per table, or null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every row is written.</returns>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public static async Task WriteAsync(DbContext db, IReadOnlyList<(IAggregateRoot Aggregate, long Version)> aggregates, TableStatistics? statistics, CancellationToken cancellationToken)
    {
        if (aggregates.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the write's transaction.");
        var type = aggregates[0].Aggregate.GetType();
        var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = Tables.GetValue(db.Model, _ => new()).GetOrAdd(type, _ => BulkTable.Of(entityType));
        var keyGetter = entityType.FindPrimaryKey()!.Properties[0].GetGetter();

        // Every table's rows, the aggregates' first: owned rows refer to them.
        var all = new List<BulkRows>();
        var root = new BulkRows(table);
        all.Add(root);
        foreach (var (aggregate, version) in aggregates)
        {
            root.Add(aggregate, version, Guid.Empty, null);
        }

        AddOwned(root, aggregates.Select(a => (Item: (object)a.Aggregate, Key: keyGetter.GetClrValue(a.Aggregate))), all);
        var connection = transaction.Connection ?? db.Database.GetDbConnection();
        foreach (var rows in all)
        {
            if (rows.Count == 0)
            {
                continue;
            }

            statistics?.Count(rows.Table.Name, rows.Count);
            if (db.Database.IsNpgsql())
            {
                await PostgreSqlCopy.WriteAsync((Npgsql.NpgsqlConnection)connection, rows, cancellationToken);
            }
            else if (db.Database.IsSqlite())
            {
                await SqliteInserts.WriteAsync((Microsoft.Data.Sqlite.SqliteConnection)connection, rows, cancellationToken);
            }
            else
            {
                throw new NotSupportedException($"No bulk insert for the provider {db.Database.ProviderName}.");
            }
        }
    }

    private static void AddOwned(BulkRows parent, IEnumerable<(object Item, object? Key)> owners, List<BulkRows> all)
    {
        if (parent.Table.Owned.Count == 0)
        {
            return;
        }

        var owned = parent.Table.Owned.Select(o => new BulkRows(o.Table)).ToList();
        var nested = owned.Select(_ => new List<(object, object?)>()).ToList();
        foreach (var (item, key) in owners)
        {
            for (var i = 0; i < owned.Count; i++)
            {
                foreach (var child in BulkTable.Items(parent.Table.Owned[i].Getter, item))
                {
                    var childKey = RowKeys.Next();
                    owned[i].Add(child, 0, childKey, key);
                    nested[i].Add((child, childKey));
                }
            }
        }

        for (var i = 0; i < owned.Count; i++)
        {
            all.Add(owned[i]);
            AddOwned(owned[i], nested[i], all);
        }
    }

    /// <summary>Quotes an identifier for both providers (double quotes, doubled inside).</summary>
    /// <param name="name">The identifier.</param>
    /// <returns>The quoted identifier.</returns>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The quoted, schema-qualified name of a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The name as SQL.</returns>
    public static string QualifiedName(BulkTable table) => table.Schema is null ? Quote(table.Name) : Quote(table.Schema) + "." + Quote(table.Name);
}
