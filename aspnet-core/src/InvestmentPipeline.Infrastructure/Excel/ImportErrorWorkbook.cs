using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// The user's own workbook handed back with its bad cells filled red and every row's problems written in an added
/// 错误说明 column, so they can fix the file they know instead of reading a list.
/// </summary>
public static class ImportErrorWorkbook
{
    public const string NoteHeader = "错误说明";

    public static byte[] Mark(byte[] workbook, ImportSheet sheet)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbookPart = document.WorkbookPart!;
            var first = workbookPart.Workbook.Sheets!.Elements<Sheet>().First();
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(first.Id!)).Worksheet;
            var sheetData = worksheet.GetFirstChild<SheetData>()!;
            var rows = new SheetRows(sheetData);
            var styles = new ErrorStyles(workbookPart);
            var noteColumn = ColumnName(LastColumnIndex(sheetData) + 1);

            rows.SetText(sheet.HeaderRow, noteColumn, NoteHeader);
            foreach (var rowProblems in sheet.Problems.GroupBy(p => p.Row).OrderBy(g => g.Key))
            {
                foreach (var problem in rowProblems.Where(p => p.Cell is not null && p.Row > sheet.HeaderRow))
                {
                    var cell = rows.CellAt((uint)problem.Row, ColumnOf(problem.Cell!));
                    cell.StyleIndex = styles.Marked(cell.StyleIndex?.Value ?? 0);
                }

                var text = string.Join("；", rowProblems.Select(p => $"{p.Column}：{p.Message}"));
                var note = rowProblems.Key <= sheet.HeaderRow
                    ? rows.SetText(sheet.HeaderRow, noteColumn, $"{NoteHeader}（{text}）")
                    : rows.SetText(rowProblems.Key, noteColumn, text);
                note.StyleIndex = styles.Marked(0);
            }

            // Readers that trust the sheet's stated range (SheetJS by default) would not show the added column otherwise.
            var lastRow = sheetData.Elements<Row>().Select(r => r.RowIndex?.Value ?? 0).DefaultIfEmpty(1u).Max();
            (worksheet.SheetDimension ??= new SheetDimension()).Reference = $"A1:{noteColumn}{lastRow}";
            worksheet.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The sheet's rows by number, so that marking many problems does not search the rows for each.</summary>
    private sealed class SheetRows
    {
        private readonly SheetData sheetData;
        private readonly SortedDictionary<uint, Row> byNumber = [];

        public SheetRows(SheetData sheetData)
        {
            this.sheetData = sheetData;
            foreach (var row in sheetData.Elements<Row>())
            {
                byNumber.TryAdd(row.RowIndex?.Value ?? 0, row);
            }
        }

        public Cell SetText(int row, string column, string text)
        {
            var cell = CellAt((uint)row, column);
            cell.CellValue = null;
            cell.CellFormula = null;
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text));
            return cell;
        }

        public Cell CellAt(uint rowIndex, string column)
        {
            if (!byNumber.TryGetValue(rowIndex, out var row))
            {
                row = new Row { RowIndex = rowIndex };
                var after = byNumber.LastOrDefault(r => r.Key < rowIndex).Value;
                if (after is null)
                {
                    sheetData.PrependChild(row);
                }
                else
                {
                    after.InsertAfterSelf(row);
                }

                byNumber[rowIndex] = row;
            }

            var reference = column + rowIndex;
            var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
            if (cell is not null)
            {
                return cell;
            }

            cell = new Cell { CellReference = reference };
            var index = ColumnIndex(column);
            var before = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value is { } r && ColumnIndex(ColumnOf(r)) > index);
            if (before is null)
            {
                row.AppendChild(cell);
            }
            else
            {
                before.InsertBeforeSelf(cell);
            }

            return cell;
        }
    }

    private static int LastColumnIndex(SheetData sheetData) =>
        sheetData.Elements<Row>().SelectMany(r => r.Elements<Cell>())
            .Select(c => c.CellReference?.Value is { } r ? ColumnIndex(ColumnOf(r)) : 0)
            .DefaultIfEmpty(0)
            .Max();

    private static string ColumnOf(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    private static int ColumnIndex(string column) => column.Aggregate(0, (index, letter) => (index * 26) + (char.ToUpperInvariant(letter) - 'A' + 1));

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>For each cell format in use, a copy with a red fill, so a marked cell keeps its number or date format.</summary>
    private sealed class ErrorStyles
    {
        private readonly CellFormats formats;
        private readonly uint fillId;
        private readonly Dictionary<uint, uint> marked = [];

        public ErrorStyles(WorkbookPart workbookPart)
        {
            var stylesPart = workbookPart.WorkbookStylesPart ?? workbookPart.AddNewPart<WorkbookStylesPart>();
            var stylesheet = stylesPart.Stylesheet ??= new Stylesheet();
            var fonts = stylesheet.Fonts ??= new Fonts(new Font());
            fonts.Count = (uint)fonts.ChildElements.Count;
            var fills = stylesheet.Fills ??= new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
            fills.AppendChild(new Fill(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString("FFFFC7CE") }) { PatternType = PatternValues.Solid }));
            fills.Count = (uint)fills.ChildElements.Count;
            fillId = fills.Count.Value - 1;
            var borders = stylesheet.Borders ??= new Borders(new Border());
            borders.Count = (uint)borders.ChildElements.Count;
            formats = stylesheet.CellFormats ??= new CellFormats(new CellFormat());
        }

        public uint Marked(uint style)
        {
            if (marked.TryGetValue(style, out var index))
            {
                return index;
            }

            var source = formats.Elements<CellFormat>().ElementAtOrDefault((int)style) ?? new CellFormat();
            var copy = (CellFormat)source.CloneNode(true);
            copy.FillId = fillId;
            copy.ApplyFill = true;
            formats.AppendChild(copy);
            formats.Count = (uint)formats.ChildElements.Count;
            return marked[style] = formats.Count.Value - 1;
        }
    }
}
