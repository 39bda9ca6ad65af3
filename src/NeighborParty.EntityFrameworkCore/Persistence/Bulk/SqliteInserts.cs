using Microsoft.Data.Sqlite;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>
/// Writes a table's rows on SQLite with one prepared <c>INSERT</c> of several rows at a time, re-bound for each batch
/// inside the open transaction: the statement is compiled once per table and write, and every value is bound by the
/// parameter its column's type mapping configures (a GUID as text, a date as text, as EF Core stores them).
/// </summary>
internal static class SqliteInserts
{
    /// <summary>Rows per statement: enough to spread a statement's cost, few enough to stay under SQLite's 32,766 parameters.</summary>
    private const int RowsPerStatement = 32;

    /// <summary>Inserts the rows.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The write's transaction.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every row is written.</returns>
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, BulkRows rows, CancellationToken cancellationToken)
    {
        var columns = rows.Table.Columns;
        var values = new object?[columns.Count];
        var perStatement = Math.Min(RowsPerStatement, Math.Max(1, 32_000 / columns.Count));
        SqliteCommand? full = null;
        try
        {
            var r = 0;
            while (r < rows.Count)
            {
                var batch = Math.Min(perStatement, rows.Count - r);
                var command = batch == perStatement ? full ??= Prepare(connection, transaction, rows.Table, batch) : Prepare(connection, transaction, rows.Table, batch);
                for (var k = 0; k < batch; k++, r++)
                {
                    rows.ValuesOf(r, values);
                    for (var c = 0; c < values.Length; c++)
                    {
                        command.Parameters[(k * values.Length) + c].Value = values[c] ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (!ReferenceEquals(command, full))
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, BulkTable table, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var columns = table.Columns;
        var sql = new System.Text.StringBuilder()
            .Append("INSERT INTO ").Append(BulkInsert.QualifiedName(table)).Append(" (")
            .AppendJoin(", ", columns.Select(c => BulkInsert.Quote(c.Name))).Append(") VALUES ");
        for (var k = 0; k < rows; k++)
        {
            sql.Append(k == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = $"$p{(k * columns.Count) + c}";
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = columns[c].Mapping.CreateParameter(command, name, null, nullable: true);
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }
}
