using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NeighborParty.Excel.Tests;

/// <summary>Reads and makes workbooks in tests with the Open XML SDK's document model, independently of the package's readers.</summary>
internal static class Sheets
{
    public static List<string> Names(Stream xlsx)
    {
        xlsx.Position = 0;
        using var document = SpreadsheetDocument.Open(xlsx, false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>The cells of a sheet: text cells as strings, numbers as decimals.</summary>
    public static List<List<object>> Rows(Stream xlsx, string? sheetName = null)
    {
        xlsx.Position = 0;
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First(s => sheetName is null || s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.Number || c.DataType is null
            ? (object)decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())];
    }

    /// <summary>
    /// A workbook as Excel saves what a person typed: text in the shared-string table, numbers as numbers, dates as
    /// day numbers with a date style (built-in format 14).
    /// </summary>
    public static MemoryStream Typed(params object[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = new List<string>();
            Cell Make(object v) => v switch
            {
                string s => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(Index(strings, s)) },
                DateTime d => new Cell { StyleIndex = 1, CellValue = new CellValue(d.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                _ => new Cell { CellValue = new CellValue(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)) },
            };
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows.Select(r => new Row(r.Select(Make)))));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(t => new SharedStringItem(new Text(t))));
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            workbook.Workbook = new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "花名册" }));
        }

        stream.Position = 0;
        return stream;
    }

    private static int Index(List<string> strings, string text)
    {
        var at = strings.IndexOf(text);
        if (at < 0)
        {
            strings.Add(text);
            at = strings.Count - 1;
        }

        return at;
    }
}
