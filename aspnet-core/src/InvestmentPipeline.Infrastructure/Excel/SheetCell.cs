using System.Globalization;
using System.Text.RegularExpressions;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>An amount read from a cell, in yuan; <paramref name="Interpreted"/> when a unit written in the cell was converted.</summary>
public sealed record SheetAmount(decimal Yuan, bool Interpreted);

/// <summary>
/// The values the district's workbooks hold, parsed leniently but never guessed: amounts in 万元 (returned in yuan),
/// dates as 2023-03-15, 2023/3/15, 2023年3月15日 or an Excel date cell, months as 2023-03 or 2023年3月.
/// </summary>
public static partial class SheetCell
{
    public const decimal YuanPer10k = 10_000m;

    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() is { Length: > 0 } t ? t : null,
    };

    /// <summary>An amount written in 万元, as yuan; null when it is not a number.</summary>
    public static decimal? YuanFrom10k(object? value) => Amount(value, YuanPer10k)?.Yuan;

    /// <summary>
    /// An amount as yuan, from a number in the column's unit (万元 unless its header says otherwise) or from text as
    /// clerks write it: "1,234.56", full-width digits, a trailing 万元/万, or 亿元/亿 (converted, and flagged as
    /// interpreted so that the import can say so). A dash or slash stands for no amount. Null for anything else.
    /// </summary>
    public static SheetAmount? Amount(object? value, decimal yuanPerUnit)
    {
        switch (value)
        {
            case double d when double.IsFinite(d):
                return new SheetAmount(decimal.Round(Convert.ToDecimal(d) * yuanPerUnit, 2), false);
            case decimal m:
                return new SheetAmount(decimal.Round(m * yuanPerUnit, 2), false);
            case int or long:
                return new SheetAmount(Convert.ToDecimal(value, CultureInfo.InvariantCulture) * yuanPerUnit, false);
        }

        var text = Text(value)?.Normalize(System.Text.NormalizationForm.FormKC);
        var match = text is null ? null : AmountText().Match(text.Replace(",", "").Replace(" ", ""));
        if (match is not { Success: true } || !decimal.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return match.Groups["u"].Value switch
        {
            "亿元" or "亿" => new SheetAmount(decimal.Round(number * 100_000_000m, 2), true),
            "万元" or "万" => new SheetAmount(decimal.Round(number * YuanPer10k, 2), false),
            _ => new SheetAmount(decimal.Round(number * yuanPerUnit, 2), false),
        };
    }

    /// <summary>A cell that says there is nothing: empty, or a dash or slash as clerks write for "none".</summary>
    public static bool IsEmpty(object? value) => Text(value) is null or "-" or "—" or "－" or "/" or "／" or "--" or "——";

    public static DateOnly? Date(object? value)
    {
        switch (value)
        {
            case DateTime d:
                return DateOnly.FromDateTime(d);
            case double serial when serial is > 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        var text = Text(value)?.Normalize(System.Text.NormalizationForm.FormKC);
        if (text is null)
        {
            return null;
        }

        var match = FullDate().Match(text);
        return match.Success && TryDate(match, out var date) ? date : null;
    }

    /// <summary>
    /// A month, as its first day; a full date stands for its month. A plain number is refused: Excel keeps "2026.3" and
    /// "2026.10" as the same kind of number (2026.1 for the latter), and a serial would read as a day in 1905.
    /// </summary>
    public static DateOnly? Month(object? value)
    {
        if (value is double or decimal or int or long)
        {
            return null;
        }

        if (Date(value) is { } date)
        {
            return new DateOnly(date.Year, date.Month, 1);
        }

        var match = YearMonth().Match(Text(value)?.Normalize(System.Text.NormalizationForm.FormKC) ?? string.Empty);
        return match.Success && int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month
            ? new DateOnly(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), month, 1)
            : null;
    }

    private static bool TryDate(Match match, out DateOnly date)
    {
        var (y, m, d) = (int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
        date = default;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^(?<n>[-+]?\d+(?:\.\d+)?)(?<u>万元|万|亿元|亿)?$")]
    private static partial Regex AmountText();

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})\s*日?(?:\s+00:00(?::00)?)?$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*月?$")]
    private static partial Regex YearMonth();
}
