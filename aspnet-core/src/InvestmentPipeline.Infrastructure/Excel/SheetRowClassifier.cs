using System.Text.RegularExpressions;

namespace InvestmentPipeline.Infrastructure.Excel;

internal enum SheetRowKind
{
    Data,
    Blank,
    Group,
    Total,
    RepeatedHeader,
}

/// <summary>
/// Tells project rows from the rows a district sheet carries around them: blank rows, 小计/合计 rows, a header repeated
/// on a new page, and group rows (一、续建项目（18个）, （二）新建项目, 二、交通基础设施) that may carry subtotals in their
/// amount cells. A group row has at most two text cells and its text starts like a heading, so a project row whose name
/// merely contains 新建项目 stays a project row.
/// </summary>
internal sealed partial class SheetRowClassifier(SheetHeader header)
{
    public static bool IsBlank(IDictionary<string, object?> cells) => cells.Values.All(SheetCell.IsEmpty);

    public SheetRowKind Classify(IDictionary<string, object?> cells, out string? text)
    {
        text = null;
        var texts = cells.Where(c => !SheetCell.IsEmpty(c.Value) && c.Value is not (double or decimal or int or long or DateTime or bool))
            .OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => SheetCell.Text(c.Value)!)
            .Where(t => SheetCell.Amount(t, 1m) is null)
            .ToList();
        if (texts.Count == 0)
        {
            return IsBlank(cells) ? SheetRowKind.Blank : SheetRowKind.Data;
        }

        text = texts[0];
        if (texts.Take(3).Any(t => Total().IsMatch(SheetHeader.Normalize(t))))
        {
            return SheetRowKind.Total;
        }

        if (header.IsRepeatedIn(cells))
        {
            return SheetRowKind.RepeatedHeader;
        }

        var joined = string.Concat(texts);
        if (texts.Count <= 2 && Group().IsMatch(SheetHeader.Normalize(joined)))
        {
            text = string.Join(" ", texts);
            return SheetRowKind.Group;
        }

        return SheetRowKind.Data;
    }

    [GeneratedRegex(@"^(小计|合计|总计|共计|总合计)")]
    private static partial Regex Total();

    [GeneratedRegex(@"^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部类批]|(\d+[、.)]?|[一二三四五六七八九十]+)?(续建|新建|新开工|拟开工|计划开工|计划新开工|预备|储备)类?项目)")]
    private static partial Regex Group();
}
