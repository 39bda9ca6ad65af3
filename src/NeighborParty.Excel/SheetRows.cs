using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NeighborParty.Excel;

/// <summary>
/// The rows of a workbook's first sheet as text: the Open XML SDK opens the package and finds the sheet, its shared
/// strings and its styles; the sheet itself is then read with one forward-only <see cref="XmlReader"/> pass, which is
/// what keeps a 100,000-row roster fast (the SDK's element-by-element reader allocates a few kilobytes per row).
/// </summary>
internal static class SheetRows
{
    private static readonly XmlReaderSettings Settings = new() { IgnoreComments = true, IgnoreProcessingInstructions = true, DtdProcessing = DtdProcessing.Prohibit };

    /// <summary>Reads the first sheet, row by row: the sheet's row number and its cells (gaps filled with empty text).</summary>
    /// <exception cref="FormatException">The package has no workbook or no sheet.</exception>
    public static IEnumerable<(int Number, List<string> Cells)> Read(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart ?? throw new FormatException("The package holds no workbook.");
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new FormatException("The workbook holds no sheet.");
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            throw new FormatException("The first sheet is not a worksheet.");
        }

        var shared = SharedStrings(workbook.SharedStringTablePart);
        var dates = DateStyles(workbook.WorkbookStylesPart);
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, Settings);
        var cells = new List<string>();
        var number = 0;
        var text = new StringBuilder();
        var (column, type, style) = (0, (string?)null, 0);
        var capture = false;    // inside a <v>, or a <t> of an inline string (not of a phonetic guide)
        var phonetic = false;
        var value = (string?)null;
        var inline = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    switch (xml.LocalName)
                    {
                        case "row":
                            number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : number + 1;
                            cells.Clear();
                            if (xml.IsEmptyElement)
                            {
                                yield return (number, cells);
                            }

                            break;
                        case "c":
                            column = Column(xml.GetAttribute("r"), cells.Count);
                            type = xml.GetAttribute("t");
                            style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var st) ? st : 0;
                            (value, inline) = (null, false);
                            text.Clear();
                            if (xml.IsEmptyElement)
                            {
                                Put(cells, column, string.Empty);
                            }

                            break;
                        case "v" or "t" when !phonetic && !xml.IsEmptyElement:
                            capture = true;
                            inline |= xml.LocalName == "t";
                            break;
                        case "rPh":
                            phonetic = !xml.IsEmptyElement;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when capture:
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "v":
                            value = text.ToString();
                            text.Clear();
                            capture = false;
                            break;
                        case "t":
                            capture = false; // an inline string's runs accumulate in text
                            break;
                        case "rPh":
                            phonetic = false;
                            break;
                        case "c":
                            Put(cells, column, CellText(type, style, value, inline ? text.ToString() : null, shared, dates));
                            break;
                        case "row":
                            yield return (number, cells);
                            break;
                    }

                    break;
            }
        }
    }

    private static void Put(List<string> cells, int column, string text)
    {
        while (cells.Count < column)
        {
            cells.Add(string.Empty);
        }

        cells.Add(text);
    }

    private static string CellText(string? type, int style, string? value, string? inline, string[] shared, bool[] dates) => type switch
    {
        "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : string.Empty,
        "inlineStr" => inline ?? string.Empty,
        "str" => value ?? inline ?? string.Empty,
        "b" => value == "1" ? "是" : "否",
        "e" => string.Empty,
        _ => Number(value, style < dates.Length && dates[style]),
    };

    /// <summary>A number as the ledger reads it: a date cell as yyyy-MM-dd, a whole number as its digits.</summary>
    private static string Number(string? value, bool isDate)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return value ?? string.Empty;
        }

        if (isDate && n is > 0 and < 2958466)
        {
            return DateTime.FromOADate(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return n == Math.Floor(n) && Math.Abs(n) < 1e15 ? n.ToString("0", CultureInfo.InvariantCulture) : n.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The 0-based column of a reference such as <c>C12</c>; the next column when there is none.</summary>
    private static int Column(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column == 0 ? next : column - 1;
    }

    private static string[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, Settings);
        var item = new StringBuilder();
        var (capture, phonetic) = (false, false);
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "si":
                    item.Clear();
                    if (xml.IsEmptyElement)
                    {
                        strings.Add(string.Empty);
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "rPh":
                    phonetic = !xml.IsEmptyElement; // phonetic guides are not part of the text
                    break;
                case XmlNodeType.Element when xml.LocalName == "t":
                    capture = !phonetic && !xml.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when capture:
                    item.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "t":
                            capture = false;
                            break;
                        case "rPh":
                            phonetic = false;
                            break;
                        case "si":
                            strings.Add(item.ToString());
                            break;
                    }

                    break;
            }
        }

        return [.. strings];
    }

    /// <summary>Which cell styles show a number as a date (the built-in date formats and custom ones with y, m or d outside quotes).</summary>
    private static bool[] DateStyles(WorkbookStylesPart? part)
    {
        var sheet = part?.Stylesheet;
        if (sheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = sheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => IsDateFormat(f.FormatCode?.Value)) ?? [];
        return [.. formats.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value is { } id
            && (id is >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58 || (custom.TryGetValue(id, out var date) && date)))];
    }

    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case '[' when !quoted: bracket = true; break;
                case ']' when !quoted: bracket = false; break;
                case 'y' or 'Y' or 'd' or 'D' or 'm' or 'M' when !quoted && !bracket: return true;
            }
        }

        return false;
    }
}
