using System.Globalization;
using System.Threading.Channels;
using NeighborParty.Membership.Csv;

namespace NeighborParty.Excel;

/// <summary>
/// Reads the first sheet of an .xlsx ledger (the 党员花名册 layout: a header row, then one member per row) as text
/// cells for <see cref="LedgerImporter"/>. Text cells are read as they are; numbers, dates and booleans are turned into
/// the text the importer expects (a date as yyyy-MM-dd, 是/否), so a sheet typed by hand still imports. Fully blank
/// rows are skipped. Streams the sheet, parsing ahead on another thread; one caller at a time.
/// </summary>
public sealed class XlsxLedgerReader : ILedgerRowReader, IDisposable
{
    // Rows are parsed on another thread while the importer checks the ones before them: reading the workbook costs
    // about as much as checking the rows, so on two cores a 100,000-row roster imports in roughly the time of either.
    private const int Ahead = 512;

    private readonly Channel<(int Number, string[] Cells)> _rows = Channel.CreateBounded<(int Number, string[] Cells)>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Stream _source;
    private Task? _producer;

    /// <summary>Initializes a new instance of the <see cref="XlsxLedgerReader"/> class.</summary>
    /// <param name="xlsx">The workbook; a stream that cannot seek (such as a request body) is first read into memory, asynchronously.</param>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    public XlsxLedgerReader(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        _source = xlsx;
    }

    /// <inheritdoc />
    public int Line { get; private set; }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>?> ReadAsync(CancellationToken cancellationToken)
    {
        _producer ??= Task.Run(Produce, CancellationToken.None);
        try
        {
            if (await _rows.Reader.WaitToReadAsync(cancellationToken) && _rows.Reader.TryRead(out var row))
            {
                Line = row.Number; // the sheet's own row number, blank rows counted
                return row.Cells;
            }

            return null;
        }
        catch (ChannelClosedException ex) when (ex.InnerException is FormatException format)
        {
            throw new FormatException(format.Message, format);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _producer?.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // the producer's failure was already reported through the channel
        }

        _stop.Dispose();
    }

    private async Task Produce()
    {
        Exception? failure = null;
        try
        {
            var source = _source;
            if (!source.CanSeek)
            {
                var copy = new MemoryStream();
                await source.CopyToAsync(copy, _stop.Token); // never a synchronous read: a host may forbid them on a request body
                copy.Position = 0;
                source = copy;
            }

            var width = -1;
            foreach (var (number, cells) in SheetRows.Read(source))
            {
                foreach (var text in cells)
                {
                    if (text.Length > LedgerImporter.MaxFieldLength)
                    {
                        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Row {number} has a cell longer than {LedgerImporter.MaxFieldLength} characters."));
                    }
                }

                var last = cells.FindLastIndex(c => c.Length > 0);
                if (width < 0)
                {
                    width = last + 1; // the header decides how many columns count
                }

                if (last < 0)
                {
                    continue; // a blank row
                }

                var keep = Math.Max(width, last + 1);
                var row = new string[keep];
                for (var c = 0; c < keep; c++)
                {
                    row[c] = c < cells.Count ? cells[c] : string.Empty;
                }

                await _rows.Writer.WriteAsync((number, row), _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // the reader was disposed before the end
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            failure = new FormatException("It is not an .xlsx workbook (" + ex.Message + ").", ex);
        }
        catch (FormatException ex)
        {
            failure = ex;
        }

        _rows.Writer.TryComplete(failure);
    }
}
