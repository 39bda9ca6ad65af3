using System.Text;

namespace NeighborParty.Membership.Csv;

/// <summary>Writes RFC 4180 fields: quoted only when they hold a comma, a quote or a line break.</summary>
internal static class CsvWriter
{
    public static void AppendField(StringBuilder line, string? value)
    {
        var text = value ?? string.Empty;
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
