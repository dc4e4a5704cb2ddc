using System.Globalization;

namespace InvestmentPipeline.SignedContracts.Domain;

/// <summary>签约编号: QY + signing year + a three-digit sequence of that year (QY2023001); a taken number gets -2, -3….</summary>
internal static class ContractNumber
{
    public static string Prefix(int year) => $"QY{year}";

    /// <summary>The next number of the year after the ones already given (suffixed or odd numbers do not count).</summary>
    public static string Next(int year, IEnumerable<string> existingOfYear)
    {
        var prefix = Prefix(year);
        var highest = existingOfYear
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"{prefix}{highest + 1:000}";
    }

    /// <summary>The number itself when free, else the first free of number-2, number-3….</summary>
    public static string FirstFree(string number, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(number))
        {
            return number;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = $"{number}-{suffix}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
