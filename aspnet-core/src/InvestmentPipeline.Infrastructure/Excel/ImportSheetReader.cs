using System.IO.Compression;
using MiniExcelLibs;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// Reads an uploaded workbook's first sheet row by row (MiniExcel streams it) within <see cref="ImportLimits"/>: the
/// sheet is refused as soon as it passes the row limit, so a flood of rows costs the rows up to the limit, not the file;
/// the request's cancellation stops the reading.
/// </summary>
public sealed class ImportSheetReader(ImportLimits limits)
{
    /// <summary>The sheet, or null when the bytes are not an .xlsx workbook at all.</summary>
    public ImportSheet? Read(byte[] workbook, IReadOnlyList<SheetColumn> columns, CancellationToken ct)
    {
        try
        {
            if (UnpackedSize(workbook) > limits.MaxUnpackedBytes)
            {
                return new ImportSheet(null) { Refusal = $"文件解压后超过 {limits.MaxUnpackedBytes / 1024 / 1024} MB，不像是一张项目表，请检查后重新导入。" };
            }

            using var stream = new MemoryStream(workbook, writable: false);
            return Read(stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>(), columns, ct);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or NotSupportedException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The rows as MiniExcel streams them (cells by column letter), read no further than the limits allow.</summary>
    internal ImportSheet Read(IEnumerable<IDictionary<string, object?>> rows, IReadOnlyList<SheetColumn> columns, CancellationToken ct)
    {
        var top = new List<IDictionary<string, object?>>();
        using var enumerator = rows.GetEnumerator();
        while (top.Count < SheetHeader.SearchRows + 1 && enumerator.MoveNext())
        {
            top.Add(enumerator.Current);
        }

        var sheet = new ImportSheet(SheetHeader.Find(top, columns));
        if (sheet.Header is not { } header)
        {
            sheet.Problems.Add(new ImportProblem(1, columns.First(c => c.Required).Header, null,
                $"前 {SheetHeader.SearchRows} 行中没有找到表头（如「{string.Join("」「", columns.Where(c => c.Required).Select(c => c.Header))}」），请检查是否为模板格式的工作表"));
            return sheet;
        }

        var classifier = new SheetRowClassifier(header);
        var blank = new List<int>();
        string? group = null;
        var number = header.LastRow;
        foreach (var cells in top.Skip(header.LastRow).Concat(Rest(enumerator)))
        {
            ct.ThrowIfCancellationRequested();
            number++;
            var kind = classifier.Classify(cells, out var text);
            if (number > limits.MaxSheetRows || (kind == SheetRowKind.Data && sheet.Rows.Count >= limits.MaxRows))
            {
                sheet.Refusal = $"工作表超过导入上限（{limits.MaxRows} 行数据），未作任何修改。请删除多余的行，或拆分为多个文件分别导入。";
                return sheet;
            }

            if (kind == SheetRowKind.Blank)
            {
                blank.Add(number);
                continue;
            }

            // blank rows count only between rows that hold something; the empty tail of a sheet is not reported
            sheet.Skipped.AddRange(blank.Select(row => new SkippedRow(row, SkippedRow.Blank, null)));
            blank.Clear();
            switch (kind)
            {
                case SheetRowKind.Group:
                    group = text;
                    sheet.Skipped.Add(new SkippedRow(number, SkippedRow.Group, text));
                    break;
                case SheetRowKind.Total:
                    sheet.Skipped.Add(new SkippedRow(number, SkippedRow.Total, text));
                    break;
                case SheetRowKind.RepeatedHeader:
                    sheet.Skipped.Add(new SkippedRow(number, SkippedRow.RepeatedHeader, text));
                    break;
                default:
                    sheet.Rows.Add(new SheetRow(number, cells, sheet, group));
                    break;
            }
        }

        Describe(sheet, header, columns);
        return sheet;
    }

    private static IEnumerable<IDictionary<string, object?>> Rest(IEnumerator<IDictionary<string, object?>> enumerator)
    {
        while (enumerator.MoveNext())
        {
            yield return enumerator.Current;
        }
    }

    private static void Describe(ImportSheet sheet, SheetHeader header, IReadOnlyList<SheetColumn> columns)
    {
        var grouped = sheet.Skipped.Any(s => s.Reason == SkippedRow.Group);
        foreach (var column in columns.Where(c => c.Required && !header.ColumnByHeader.ContainsKey(c.Header) && !(c.FilledByGroup && grouped)))
        {
            sheet.Problems.Add(new ImportProblem(header.FirstRow, column.Header, null, $"缺少必填列「{column.Header}」"));
        }

        if (header.Extra.Count > 0)
        {
            sheet.AddWarning($"以下列不属于模板，已忽略：{string.Join("、", header.Extra)}");
        }

        if (header.Repeated.Count > 0)
        {
            sheet.AddWarning($"以下列与前面的列重复，已忽略：{string.Join("、", header.Repeated)}");
        }

        if (sheet.Rows.Count == 0 && sheet.Problems.Count == 0)
        {
            sheet.Problems.Add(new ImportProblem(header.LastRow + 1, columns[0].Header, null, "表格中没有数据行"));
        }
    }

    /// <summary>What the workbook's parts add up to once unzipped, as its directory declares them.</summary>
    private static long UnpackedSize(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
        return zip.Entries.Sum(e => e.Length);
    }
}
