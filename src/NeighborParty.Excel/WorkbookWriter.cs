using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NeighborParty.Excel;

/// <summary>
/// Writes sheets with the Open XML SDK's streaming writer: text as inline strings (a text cell, never a formula, never
/// turned into a number), numbers as numbers. Nothing else: no styles a spreadsheet program would have to trust.
/// </summary>
internal static class WorkbookWriter
{
    public static void Write(Stream output, IEnumerable<(string Name, IEnumerable<IReadOnlyList<object?>> Rows)> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var entries = new Sheets();
        uint sheetId = 0;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                uint number = 0;
                foreach (var row in rows)
                {
                    writer.WriteStartElement(new Row { RowIndex = ++number });
                    foreach (var value in row)
                    {
                        writer.WriteElement(Cell(value));
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            entries.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = name });
        }

        workbook.Workbook = new Workbook(entries);
        workbook.Workbook.Save();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(string.Empty)) },
        long or int or double or decimal => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }) },
    };
}
