using System.Text;

namespace NeighborParty.Membership.Csv;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes (with "" for a quote and line
/// breaks inside), CRLF or LF line ends, a UTF-8 byte-order mark skipped. Reads asynchronously in blocks and one
/// record at a time into a reused list, so memory does not grow with the file.
/// </summary>
internal sealed class CsvReader : ILedgerRowReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private readonly List<string> _record = [];
    private int _position;
    private int _length;
    private bool _skipLineFeed;
    private bool _atStart = true;
    private int _nextLine = 1;

    public CsvReader(TextReader reader) => _reader = reader;

    /// <summary>Gets a value indicating whether the file was decoded from a legacy encoding (GB18030) rather than UTF-8.</summary>
    public bool IsLegacyEncoding { get; init; }

    /// <inheritdoc />
    async ValueTask<IReadOnlyList<string>?> ILedgerRowReader.ReadAsync(CancellationToken cancellationToken) =>
        await ReadAsync(LedgerImporter.MaxFieldLength, cancellationToken);

    /// <summary>Gets the 1-based line number where the last record started.</summary>
    public int Line { get; private set; }

    /// <summary>Reads the next record; null at the end. The list is reused by the next call.</summary>
    /// <exception cref="FormatException">A quote is not closed, a quote appears inside an unquoted field, or a field is too long.</exception>
    public async ValueTask<List<string>?> ReadAsync(int maxFieldLength, CancellationToken cancellationToken)
    {
        _record.Clear();
        _field.Clear();
        Line = _nextLine;
        var inQuotes = false;
        var quoteSeen = false;   // inside quotes, the previous character was a quote
        var quotedField = false;
        var any = false;
        while (true)
        {
            if (_position >= _length)
            {
                _length = await _reader.ReadAsync(_buffer, cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    if (inQuotes && !quoteSeen)
                    {
                        throw new FormatException($"A quoted field that starts on line {Line} is not closed.");
                    }

                    if (!any)
                    {
                        return null;
                    }

                    _record.Add(_field.ToString());
                    return _record;
                }
            }

            var ch = _buffer[_position++];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (ch == '\n')
                {
                    continue;
                }
            }

            if (_atStart)
            {
                _atStart = false;
                if (ch == '\uFEFF')
                {
                    continue;
                }
            }

            any = true;
            if (inQuotes)
            {
                if (quoteSeen)
                {
                    quoteSeen = false;
                    if (ch == '"')
                    {
                        Append('"', maxFieldLength);
                        continue;
                    }

                    inQuotes = false; // the quote closed the field; handle this character below
                }
                else if (ch == '"')
                {
                    quoteSeen = true;
                    continue;
                }
                else
                {
                    if (ch == '\n')
                    {
                        _nextLine++;
                    }

                    Append(ch, maxFieldLength);
                    continue;
                }
            }

            switch (ch)
            {
                case '"' when _field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                case '"':
                    throw new FormatException($"A quote inside an unquoted field on line {Line}.");
                case ',':
                    _record.Add(_field.ToString());
                    _field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    _skipLineFeed = true;
                    _nextLine++;
                    _record.Add(_field.ToString());
                    return _record;
                case '\n':
                    _nextLine++;
                    _record.Add(_field.ToString());
                    return _record;
                default:
                    if (quotedField)
                    {
                        throw new FormatException($"Text after a closing quote on line {Line}.");
                    }

                    Append(ch, maxFieldLength);
                    break;
            }
        }
    }

    private void Append(char ch, int maxFieldLength)
    {
        if (_field.Length >= maxFieldLength)
        {
            throw new FormatException($"A field on line {Line} is longer than {maxFieldLength} characters.");
        }

        _field.Append(ch);
    }
}
