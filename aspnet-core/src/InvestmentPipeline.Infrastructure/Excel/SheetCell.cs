using System.Globalization;
using System.Text.RegularExpressions;

namespace InvestmentPipeline.Infrastructure.Excel;

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
    public static decimal? YuanFrom10k(object? value)
    {
        var amount = value switch
        {
            double d when double.IsFinite(d) => (decimal?)Convert.ToDecimal(d),
            decimal m => m,
            int i => i,
            long l => l,
            _ => decimal.TryParse(Text(value)?.Replace(",", "").Replace("，", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null,
        };
        return amount is { } a ? decimal.Round(a * YuanPer10k, 2) : null;
    }

    public static DateOnly? Date(object? value)
    {
        switch (value)
        {
            case DateTime d:
                return DateOnly.FromDateTime(d);
            case double serial when serial is > 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        var text = Text(value);
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

        var match = YearMonth().Match(Text(value) ?? string.Empty);
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

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})\s*日?(?:\s+00:00(?::00)?)?$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*月?$")]
    private static partial Regex YearMonth();
}
