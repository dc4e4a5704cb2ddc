using InvestmentPipeline.SharedKernel.Text;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// Reads one row's cells by header, adding a problem (row, column, value, Chinese message) for each bad cell. A row is
/// read in one go, so its problems are the ones added since it started: no scan of the whole sheet's list per cell.
/// </summary>
public sealed class RowReader(SheetRow row)
{
    private readonly List<ImportProblem> problems = row.Sheet.Problems;
    private readonly int firstProblem = row.Sheet.Problems.Count;

    public SheetRow SheetRow => row;

    public int Row => row.Number;

    public bool HasProblems => problems.Count > firstProblem;

    public bool HasProblemIn(string header) => problems.Skip(firstProblem).Any(p => p.Column == header);

    public string? Text(string header, int maxLength, bool required = false)
    {
        var text = SheetCell.Text(row[header]);
        if (text is null)
        {
            RequireValue(header, required);
            return null;
        }

        if (text.Length > maxLength)
        {
            Fail(header, $"「{Written(header)}」不能超过 {maxLength} 个字符");
            return null;
        }

        return text;
    }

    /// <summary>An amount in 万元 (or its header's unit), returned in yuan, never negative; a unit converted in the cell is noted.</summary>
    public decimal? Amount10k(string header, bool required = false)
    {
        if (SheetCell.Text(row[header]) is null)
        {
            RequireValue(header, required);
            return null;
        }

        switch (SheetCell.Amount(row[header], row.YuanPerUnit(header)))
        {
            case null:
                Fail(header, $"「{Written(header)}」应为数字（单位：{UnitName(header)}），如 1234.56、1,234.56 或 1234.56万元");
                return null;
            case { Yuan: < 0 }:
                Fail(header, $"「{Written(header)}」不能为负数");
                return null;
            case var amount:
                if (amount.Interpreted)
                {
                    row.Sheet.Note(header, row.Number, "按亿元换算为万元导入");
                }

                return amount.Yuan;
        }
    }

    public DateOnly? Month(string header, bool required = false)
    {
        if (SheetCell.Text(row[header]) is null)
        {
            RequireValue(header, required);
            return null;
        }

        var month = SheetCell.Month(row[header]);
        if (month is null)
        {
            Fail(header, $"「{Written(header)}」应为月份，如 2026-03 或 2026年3月");
        }

        return month;
    }

    public DateOnly? Date(string header, bool required = false)
    {
        if (SheetCell.Text(row[header]) is null)
        {
            RequireValue(header, required);
            return null;
        }

        var date = SheetCell.Date(row[header]);
        if (date is null)
        {
            Fail(header, $"「{Written(header)}」应为日期，如 2026-03-15、2026/3/15 或 2026年3月15日");
        }

        return date;
    }

    public T? Choice<T>(string header, IReadOnlyDictionary<string, T> choices, bool required = false)
        where T : struct
    {
        var text = SheetCell.Text(row[header]);
        if (text is null)
        {
            RequireValue(header, required);
            return null;
        }

        if (choices.TryGetValue(text, out var choice))
        {
            return choice;
        }

        var key = SheetHeader.Normalize(text);
        if (choices.FirstOrDefault(c => SheetHeader.Normalize(c.Key) == key) is { Key: not null } normalised)
        {
            return normalised.Value;
        }

        Fail(header, $"「{Written(header)}」应为以下之一：{string.Join("、", choices.Keys)}");
        return null;
    }

    /// <summary>
    /// A department or town as written (full name, 简称, or the core of either), resolved by <paramref name="resolve"/>: a
    /// name found by interpretation is noted; an ambiguous one is a problem; an unknown one is a problem, or only a note
    /// when <paramref name="unknownIsNote"/> (an optional column whose value is then left out), and is offered for
    /// mapping in <see cref="ImportSheet.UnknownNames"/> either way.
    /// </summary>
    public Guid? Name(string header, Func<string, IWrittenName> resolve, string scope, bool required = false, bool unknownIsNote = false)
    {
        var text = Text(header, 100, required);
        if (text is null)
        {
            return null;
        }

        var name = row.Sheet.Resolve(header, text, resolve);
        if (name.Place is { } place)
        {
            if (name.Warning is { } warning)
            {
                row.Sheet.Note(header, row.Number, warning);
            }

            return place.Id;
        }

        if (name.IsUnknown)
        {
            row.Sheet.AddUnknown(header, text, scope, row.Number, name.Suggestions);
        }

        if (name.IsUnknown && unknownIsNote)
        {
            row.Sheet.Note(header, row.Number, $"{name.Error}（此项未导入）");
        }
        else
        {
            Fail(header, name.Error ?? $"无法识别「{text}」");
        }

        return null;
    }

    public void Fail(string header, string message) => problems.Add(row.Sheet.Problem(row.Number, header, SheetCell.Text(row[header]), message));

    /// <summary>The column's header as the file writes it, for messages.</summary>
    public string Written(string header) => row.Sheet.WrittenHeader(header);

    private string UnitName(string header) => row.YuanPerUnit(header) switch { 100_000_000m => "亿元", 1m => "元", _ => "万元" };

    /// <summary>A missing required column is reported once for the sheet, not once per row.</summary>
    private void RequireValue(string header, bool required)
    {
        if (required && row.HasColumn(header))
        {
            Fail(header, $"「{Written(header)}」为必填项");
        }
    }
}
