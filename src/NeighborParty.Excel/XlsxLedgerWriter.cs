using NeighborParty.Membership.Csv;

namespace NeighborParty.Excel;

/// <summary>
/// Collects ledger rows from <see cref="LedgerImporter.ExportAsync(ILedgerRowWriter, Organization.PlaceId, bool, bool, CancellationToken)"/>
/// and saves them as one sheet (党员花名册) with the Open XML SDK: every cell a text cell, so ID numbers keep all 18 digits and nothing in a
/// cell is ever taken for a formula. Not thread-safe.
/// </summary>
public sealed class XlsxLedgerWriter : ILedgerRowWriter
{
    /// <summary>The sheet's name.</summary>
    public const string SheetName = "党员花名册";

    private readonly List<string?[]> _rows = [];
    private string[]? _header;

    /// <summary>Gets how many member rows were written (the header not counted).</summary>
    public int Count => _rows.Count;

    /// <inheritdoc />
    public ValueTask WriteAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (_header is null)
        {
            _header = [.. cells.Select((c, i) => string.IsNullOrEmpty(c) ? $"列{i + 1}" : c)];
            return ValueTask.CompletedTask;
        }

        var row = new string?[_header.Length];
        for (var i = 0; i < row.Length && i < cells.Count; i++)
        {
            row[i] = cells[i];
        }

        _rows.Add(row);
        return ValueTask.CompletedTask;
    }

    /// <summary>Saves the workbook.</summary>
    /// <param name="output">Where to write the .xlsx.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Nothing was written, not even the header.</exception>
    public Task SaveAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var header = _header ?? throw new InvalidOperationException("Write the header row first.");
        cancellationToken.ThrowIfCancellationRequested();
        IEnumerable<IReadOnlyList<object?>> rows = [header, .. _rows];
        WorkbookWriter.Write(output, [(SheetName, rows)]);
        return Task.CompletedTask;
    }
}
