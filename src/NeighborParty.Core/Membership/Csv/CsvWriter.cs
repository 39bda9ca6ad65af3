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
