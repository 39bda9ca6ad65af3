using Npgsql;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>Writes a table's rows with PostgreSQL's binary <c>COPY … FROM STDIN</c>, each value typed by its column's store type.</summary>
internal static class PostgreSqlCopy
{
    /// <summary>Copies the rows in (inside the connection's open transaction).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the server has every row.</returns>
    public static async Task WriteAsync(NpgsqlConnection connection, BulkRows rows, CancellationToken cancellationToken)
    {
        var columns = rows.Table.Columns;
        var types = columns.Select(c => StoreTypeName(c.Mapping.StoreType)).ToArray();
        var sql = $"COPY {BulkInsert.QualifiedName(rows.Table)} ({string.Join(", ", columns.Select(c => BulkInsert.Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        var values = new object?[columns.Count];
        await using var importer = await connection.BeginBinaryImportAsync(sql, cancellationToken);
        for (var r = 0; r < rows.Count; r++)
        {
            rows.ValuesOf(r, values);
            importer.StartRow(); // buffered: the importer flushes to the server as its buffer fills
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    importer.Write(value, types[c]);
                }
                else
                {
                    importer.WriteNull();
                }
            }

        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>The data type name Npgsql writes a value as: the store type without its facets (<c>character varying(100)</c> is <c>character varying</c>).</summary>
    private static string StoreTypeName(string storeType)
    {
        var facets = storeType.IndexOf('(', StringComparison.Ordinal);
        return facets < 0 ? storeType : storeType[..facets].TrimEnd();
    }
}
