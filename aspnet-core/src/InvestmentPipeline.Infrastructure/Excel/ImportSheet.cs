using MiniExcelLibs;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// The first sheet of an uploaded workbook, read the way IMPORT_FORMATS.md says: header row 1, columns found by their
/// Chinese header in any order, missing required columns reported as problems and extra columns as warnings.
/// </summary>
public sealed class ImportSheet
{
    private ImportSheet(IReadOnlyDictionary<string, string> columnByHeader, IReadOnlyList<SheetRow> rows)
    {
        ColumnByHeader = columnByHeader;
        Rows = rows;
    }

    /// <summary>Column letter of each header found in row 1.</summary>
    public IReadOnlyDictionary<string, string> ColumnByHeader { get; }

    /// <summary>The data rows that hold anything, with their sheet row numbers.</summary>
    public IReadOnlyList<SheetRow> Rows { get; }

    public List<ImportProblem> Problems { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>Reads the workbook; null when the bytes are not an .xlsx workbook at all.</summary>
    public static ImportSheet? Read(byte[] workbook, IReadOnlyList<SheetColumn> columns)
    {
        List<IDictionary<string, object?>> raw;
        try
        {
            using var stream = new MemoryStream(workbook, writable: false);
            raw = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or NotSupportedException)
        {
            return null;
        }

        var header = raw.Count > 0 ? raw[0] : new Dictionary<string, object?>();
        var columnByHeader = new Dictionary<string, string>();
        var extra = new List<string>();
        var known = columns.Select(c => c.Header).ToHashSet();
        foreach (var (letter, value) in header)
        {
            var text = SheetCell.Text(value);
            if (text is null)
            {
                continue;
            }

            if (known.Contains(text))
            {
                columnByHeader.TryAdd(text, letter);
            }
            else
            {
                extra.Add(text);
            }
        }

        var rows = raw.Skip(1)
            .Select((cells, index) => new SheetRow(index + 2, cells, columnByHeader))
            .Where(row => !row.IsBlank)
            .ToList();
        var sheet = new ImportSheet(columnByHeader, rows);
        foreach (var column in columns.Where(c => c.Required && !columnByHeader.ContainsKey(c.Header)))
        {
            sheet.Problems.Add(new ImportProblem(1, column.Header, null, $"缺少必填列「{column.Header}」"));
        }

        if (extra.Count > 0)
        {
            sheet.Warnings.Add($"以下列不属于模板，已忽略：{string.Join("、", extra)}");
        }

        if (rows.Count == 0 && sheet.Problems.Count == 0)
        {
            sheet.Problems.Add(new ImportProblem(2, columns[0].Header, null, "表格中没有数据行"));
        }

        return sheet;
    }
}

/// <summary>One data row of an <see cref="ImportSheet"/>: its cells by header.</summary>
public sealed class SheetRow(int number, IDictionary<string, object?> cells, IReadOnlyDictionary<string, string> columnByHeader)
{
    public int Number { get; } = number;

    public bool HasColumn(string header) => columnByHeader.ContainsKey(header);

    public bool IsBlank => cells.Values.All(v => SheetCell.Text(v) is null);

    public object? this[string header] => columnByHeader.TryGetValue(header, out var letter) ? cells.TryGetValue(letter, out var value) ? value : null : null;
}
