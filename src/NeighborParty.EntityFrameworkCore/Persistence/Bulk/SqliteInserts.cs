using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>
/// Writes a table's rows on SQLite with one prepared <c>INSERT</c> of several rows, bound by position through the
/// connection's own <c>sqlite3</c> handle inside the open transaction.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite binds every parameter by name on every execution (a lookup that scans the statement's
/// parameters), which made a 37-column member row cost about 23 µs to bind alone and grew with rows per statement; here
/// a value is bound by its index. Values are stored exactly as Microsoft.Data.Sqlite stores EF Core's: a GUID as
/// upper-case text, a date as <c>yyyy-MM-dd</c>, a decimal as invariant text, a boolean as 0 or 1 (a test reads every
/// aggregate kind back through EF Core).
/// </remarks>
internal static class SqliteInserts
{
    /// <summary>Rows per statement: enough to spread a step's cost, few enough for SQLite's 32,766 parameters.</summary>
    private const int RowsPerStatement = 32;

    /// <summary>Inserts the rows (the transaction must be open on <paramref name="connection"/>).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="cancellationToken">Cancels between statements.</param>
    /// <returns>A completed task: SQLite writes synchronously.</returns>
    public static Task WriteAsync(SqliteConnection connection, BulkRows rows, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");

        var columns = rows.Table.Columns.Count;
        var values = new object?[columns];
        var perStatement = Math.Min(RowsPerStatement, Math.Max(1, 32_000 / columns));
        sqlite3_stmt? full = null;
        var text = ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            var r = 0;
            while (r < rows.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = Math.Min(perStatement, rows.Count - r);
                var statement = batch == perStatement ? full ??= Prepare(db, rows.Table, batch) : Prepare(db, rows.Table, batch);
                try
                {
                    for (var k = 0; k < batch; k++, r++)
                    {
                        rows.ValuesOf(r, values);
                        for (var c = 0; c < columns; c++)
                        {
                            Check(db, Bind(statement, (k * columns) + c + 1, values[c], ref text));
                        }
                    }

                    var step = raw.sqlite3_step(statement);
                    if (step != raw.SQLITE_DONE)
                    {
                        SqliteException.ThrowExceptionForRC(step, db); // a unique key taken, for one
                    }
                }
                finally
                {
                    raw.sqlite3_reset(statement);
                    raw.sqlite3_clear_bindings(statement);
                    if (!ReferenceEquals(statement, full))
                    {
                        statement.Dispose();
                    }
                }
            }
        }
        finally
        {
            full?.Dispose();
            ArrayPool<byte>.Shared.Return(text);
        }

        return Task.CompletedTask;
    }

    private static sqlite3_stmt Prepare(sqlite3 db, BulkTable table, int rows)
    {
        var columns = table.Columns;
        var sql = new StringBuilder()
            .Append("INSERT INTO ").Append(BulkInsert.QualifiedName(table)).Append(" (")
            .AppendJoin(", ", columns.Select(c => BulkInsert.Quote(c.Name))).Append(") VALUES ");
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns.Count)) + ")";
        sql.AppendJoin(", ", Enumerable.Repeat(row, rows));
        Check(db, raw.sqlite3_prepare_v2(db, sql.ToString(), out var statement));
        return statement;
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value, ref byte[] text) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => BindText(statement, index, s, ref text),
        Guid g => BindGuid(statement, index, g),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        short s => raw.sqlite3_bind_int64(statement, index, s),
        byte b => raw.sqlite3_bind_int64(statement, index, b),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        float f => raw.sqlite3_bind_double(statement, index, f),
        decimal m => BindText(statement, index, m.ToString("0.0###########################", CultureInfo.InvariantCulture), ref text),
        DateOnly d => BindDate(statement, index, d),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"A bulk insert on SQLite cannot store a {value.GetType().Name}."),
    };

    private static int BindText(sqlite3_stmt statement, int index, string value, ref byte[] buffer)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(length);
        }

        var written = Encoding.UTF8.GetBytes(value, buffer);
        return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, written)); // SQLite copies the bytes
    }

    private static int BindGuid(sqlite3_stmt statement, int index, Guid value)
    {
        Span<byte> utf8 = stackalloc byte[36];
        value.TryFormat(utf8, out _, "D");
        for (var i = 0; i < utf8.Length; i++)
        {
            utf8[i] = utf8[i] is >= (byte)'a' and <= (byte)'f' ? (byte)(utf8[i] - 32) : utf8[i]; // upper case, as Microsoft.Data.Sqlite writes a GUID as text
        }

        return raw.sqlite3_bind_text(statement, index, utf8);
    }

    private static int BindDate(sqlite3_stmt statement, int index, DateOnly value)
    {
        Span<byte> utf8 = stackalloc byte[10];
        value.TryFormat(utf8, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text(statement, index, utf8[..written]);
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
