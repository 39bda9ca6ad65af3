using System.Text;
using NeighborParty.Common;

namespace NeighborParty.Membership.Csv;

/// <summary>
/// Writes RFC 4180 fields: quoted only when they hold a comma, a quote or a line break. A field a spreadsheet program
/// would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe (OWASP's
/// advice against CSV injection; finding 1 of the hostile review).
/// </summary>
internal static class CsvWriter
{
    public static void AppendField(StringBuilder line, string? value)
    {
        var text = TextRules.ForSpreadsheet(value ?? string.Empty);
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

/// <summary>Writes ledger rows as CSV lines (RFC 4180, CRLF), each cell made safe for spreadsheets.</summary>
internal sealed class CsvRowWriter(TextWriter writer) : ILedgerRowWriter
{
    private readonly StringBuilder _line = new(256);

    public async ValueTask WriteAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        _line.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            CsvWriter.AppendField(_line, cells[i]);
        }

        await writer.WriteAsync(_line.Append("\r\n"), cancellationToken);
    }
}
