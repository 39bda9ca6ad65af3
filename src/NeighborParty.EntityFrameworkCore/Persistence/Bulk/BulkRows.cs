namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>
/// The rows of one table in a bulk write: each row's object, the version it is written with (aggregates), and for owned
/// rows the key made for it and its owner's key.
/// </summary>
/// <param name="table">The table.</param>
internal sealed class BulkRows(BulkTable table)
{
    private readonly List<Row> _rows = [];

    /// <summary>Gets the table.</summary>
    public BulkTable Table { get; } = table;

    /// <summary>Gets the number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row.</summary>
    /// <param name="row">The object the row stores.</param>
    /// <param name="version">Its version (an aggregate's row).</param>
    /// <param name="newKey">Its key (an owned row).</param>
    /// <param name="ownerKey">Its owner's key (an owned row).</param>
    public void Add(object row, long version, Guid newKey, object? ownerKey) => _rows.Add(new Row(row, version, newKey, ownerKey));

    /// <summary>Writes the stored values of row <paramref name="index"/> into <paramref name="values"/> (one per column).</summary>
    /// <param name="index">The row.</param>
    /// <param name="values">One slot per column of <see cref="Table"/>.</param>
    public void ValuesOf(int index, object?[] values)
    {
        var row = _rows[index];
        var columns = Table.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            values[c] = columns[c].ValueOf(row.Item, row.Version, row.NewKey, row.OwnerKey);
        }
    }

    private readonly record struct Row(object Item, long Version, Guid NewKey, object? OwnerKey);
}
