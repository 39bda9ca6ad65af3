using NodaTime;
using NodaTime.Text;

namespace NeighborParty.Membership.Csv;

/// <summary>What the importers of the ledger (党员台账) and the activity ledger (活动台账) share: reading a header and dates.</summary>
internal static class CsvHeader
{
    /// <summary>Whether a header cell names one of <paramref name="columns"/> (its key, any case, or its Chinese name).</summary>
    public static bool IsKnown(string header, IReadOnlyList<LedgerColumn> columns) => IndexOf(header.Trim(), columns) >= 0;

    /// <summary>Maps each column to its position in the file (−1 when absent); unknown, repeated and missing required columns are errors on line 1.</summary>
    public static bool TryMap(IReadOnlyList<string> header, IReadOnlyList<LedgerColumn> columns, out int[] map, List<LedgerRowError> errors)
    {
        map = new int[columns.Count];
        Array.Fill(map, -1);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var index = IndexOf(name, columns);
            if (index < 0)
            {
                errors.Add(new(1, name, "NP-CSV-002", $"Unknown column '{name}'.", $"未知的列“{name}”。"));
            }
            else if (map[index] >= 0)
            {
                errors.Add(new(1, name, "NP-CSV-002", $"The column '{name}' appears twice.", $"列“{name}”重复。"));
            }
            else
            {
                map[index] = i;
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Required && map[c] < 0)
            {
                errors.Add(new(1, columns[c].Key, "NP-CSV-001", $"The required column '{columns[c].Key}' ({columns[c].Chinese}) is missing.",
                    $"缺少必填列“{columns[c].Chinese}”（{columns[c].Key}）。"));
            }
        }

        return errors.Count == 0;
    }

    /// <summary>Parses yyyy-MM-dd without allocating in the common case; anything else through NodaTime's ISO pattern.</summary>
    public static bool TryParseIsoDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
            && int.TryParse(text.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d))
        {
            if (y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m))
            {
                date = new LocalDate(y, m, d);
                return true;
            }

            return false;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static int IndexOf(string name, IReadOnlyList<LedgerColumn> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (string.Equals(name, columns[c].Key, StringComparison.OrdinalIgnoreCase) || string.Equals(name, columns[c].Chinese, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }
}
