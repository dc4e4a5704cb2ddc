using MiniExcelLibs;

namespace InvestmentPipeline.Testing;

/// <summary>
/// Workbooks laid out as district offices send them: rows of cells from column A, so that any row can be a merged title,
/// a 填报单位 line, a header over one or two rows, a group row or a 合计 row.
/// </summary>
public static class DistrictWorkbook
{
    public static byte[] Build(params object?[][] rows)
    {
        var width = rows.Max(r => r.Length);
        var table = rows.Select(r => Enumerable.Range(0, width).ToDictionary(ColumnName, i => i < r.Length ? r[i] : null)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(table, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>A sheet with a title and a 填报单位 line above the header: the shape most district files have.</summary>
    public static byte[] WithTitle(string title, IReadOnlyList<string> header, params object?[][] rows) =>
        Build([[title], ["填报单位：区发展和改革委员会", null, null, "单位：万元"], [.. header], .. rows]);

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}
