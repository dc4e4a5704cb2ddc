namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// Reads one row's cells by header, adding a problem (row, column, value, Chinese message) for each bad cell. A row is
/// read in one go, so its problems are the ones added since it started: no scan of the whole sheet's list per cell.
/// </summary>
public sealed class RowReader(SheetRow row, List<ImportProblem> problems)
{
    private readonly int firstProblem = problems.Count;

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
            Fail(header, $"「{header}」不能超过 {maxLength} 个字符");
            return null;
        }

        return text;
    }

    /// <summary>An amount in 万元 (returned in yuan), never negative.</summary>
    public decimal? Amount10k(string header, bool required = false)
    {
        if (SheetCell.Text(row[header]) is null)
        {
            RequireValue(header, required);
            return null;
        }

        switch (SheetCell.YuanFrom10k(row[header]))
        {
            case null:
                Fail(header, $"「{header}」应为数字（单位：万元）");
                return null;
            case < 0:
                Fail(header, $"「{header}」不能为负数");
                return null;
            case var amount:
                return amount;
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
            Fail(header, $"「{header}」应为月份，如 2026-03 或 2026年3月");
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
            Fail(header, $"「{header}」应为日期，如 2026-03-15、2026/3/15 或 2026年3月15日");
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

        Fail(header, $"「{header}」应为以下之一：{string.Join("、", choices.Keys)}");
        return null;
    }

    public void Fail(string header, string message) => problems.Add(new ImportProblem(row.Number, header, SheetCell.Text(row[header]), message));

    /// <summary>A missing required column is reported once for the sheet, not once per row.</summary>
    private void RequireValue(string header, bool required)
    {
        if (required && row.HasColumn(header))
        {
            Fail(header, $"「{header}」为必填项");
        }
    }
}
