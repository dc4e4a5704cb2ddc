using System.Text;
using System.Text.RegularExpressions;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// The header row of a district workbook, found among its first rows by the column names it holds (or their synonyms),
/// above it a merged title and a 填报单位 line; a header cell may span two rows (计划开工 / 时间), and an amount column may
/// say its unit (总投资（亿元）).
/// </summary>
public sealed partial class SheetHeader
{
    /// <summary>How many rows from the top may hold the header.</summary>
    public const int SearchRows = 10;

    private SheetHeader(int firstRow, int lastRow)
    {
        FirstRow = firstRow;
        LastRow = lastRow;
    }

    /// <summary>The sheet row of the header (its first row when it spans two).</summary>
    public int FirstRow { get; }

    /// <summary>The last row of the header: data starts below it.</summary>
    public int LastRow { get; }

    /// <summary>Column letter of each known column, by its canonical header.</summary>
    public Dictionary<string, string> ColumnByHeader { get; } = [];

    /// <summary>The header as the file writes it, by canonical header (what a user recognises in a message).</summary>
    public Dictionary<string, string> WrittenByHeader { get; } = [];

    /// <summary>Yuan per unit written in the cells of an amount column whose header names 亿元 or 元 instead of 万元.</summary>
    public Dictionary<string, decimal> UnitByHeader { get; } = [];

    public List<string> Extra { get; } = [];

    public List<string> Repeated { get; } = [];

    /// <summary>
    /// The best header among the rows: the one that names most known columns (at least two, one of them required); a
    /// header over two rows only when it names more than any single row does. Null when no row qualifies.
    /// </summary>
    public static SheetHeader? Find(IReadOnlyList<IDictionary<string, object?>> topRows, IReadOnlyList<SheetColumn> columns)
    {
        var rows = Math.Min(topRows.Count, SearchRows);
        var single = Enumerable.Range(0, rows).Select(i => Match(i + 1, topRows[i], null, columns));
        var spanning = Enumerable.Range(0, rows).Where(i => i + 1 < topRows.Count).Select(i => Match(i + 1, topRows[i], topRows[i + 1], columns));
        var best = Best(single, null, columns);
        return Best(spanning, best, columns);
    }

    private static SheetHeader? Best(IEnumerable<SheetHeader?> candidates, SheetHeader? best, IReadOnlyList<SheetColumn> columns)
    {
        foreach (var candidate in candidates)
        {
            var score = candidate?.ColumnByHeader.Count ?? 0;
            if (candidate is not null && score > (best?.ColumnByHeader.Count ?? 1) && columns.Any(c => c.Required && candidate.ColumnByHeader.ContainsKey(c.Header)))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>A data row that repeats the header (as sheets printed over several pages do).</summary>
    public bool IsRepeatedIn(IDictionary<string, object?> cells)
    {
        var same = WrittenByHeader.Count(h => ColumnByHeader.TryGetValue(h.Key, out var letter)
            && cells.TryGetValue(letter, out var value) && SheetCell.Text(value) is { } text && Normalize(text) == Normalize(h.Value));
        return same >= Math.Max(2, (ColumnByHeader.Count + 1) / 2);
    }

    /// <summary>Full-width forms folded, spaces and line breaks removed, required-field stars dropped, ASCII lower case.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c is not ('*' or '※'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static SheetHeader? Match(int row, IDictionary<string, object?> cells, IDictionary<string, object?>? below, IReadOnlyList<SheetColumn> columns)
    {
        var header = new SheetHeader(row, below is null ? row : row + 1);
        foreach (var (letter, value) in cells.Concat(below?.Where(c => !cells.ContainsKey(c.Key)) ?? []))
        {
            var upper = cells.TryGetValue(letter, out var u) ? SheetCell.Text(u) : null;
            var lower = below is not null && below.TryGetValue(letter, out var l) ? SheetCell.Text(l) : null;
            string[] candidates = below is null ? [upper ?? ""] : [upper ?? "", lower ?? "", (upper ?? "") + (lower ?? "")];
            var written = candidates.FirstOrDefault(text => text.Length > 0 && ColumnFor(text, columns) is not null);
            if (written is null)
            {
                if ((below is null ? upper : lower ?? upper) is { } unknown && !IsUnitLine(unknown))
                {
                    header.Extra.Add(unknown);
                }

                continue;
            }

            var column = ColumnFor(written, columns)!;
            if (!header.ColumnByHeader.TryAdd(column.Header, letter))
            {
                header.Repeated.Add(written);
                continue;
            }

            header.WrittenByHeader[column.Header] = written;
            if (UnitOf(written) is { } unit)
            {
                header.UnitByHeader[column.Header] = unit;
            }
        }

        return header.ColumnByHeader.Count > 0 ? header : null;
    }

    private static SheetColumn? ColumnFor(string written, IReadOnlyList<SheetColumn> columns)
    {
        var key = KeyOf(written);
        var withoutYear = LeadingYear().Replace(key, string.Empty);
        return columns.FirstOrDefault(c => c.Names.Any(n => KeyOf(n) is var name && (name == key || name == withoutYear)));
    }

    /// <summary>The header without its unit: 总投资(万元) and 总投资（亿元） both name 总投资.</summary>
    private static string KeyOf(string header) => Unit().Replace(Normalize(header), string.Empty);

    private static decimal? UnitOf(string header) => Unit().Match(Normalize(header)) is { Success: true } match
        ? match.Groups["unit"].Value switch { "亿元" => 100_000_000m, "元" => 1m, _ => null }
        : null;

    /// <summary>A cell of the header zone that only states the unit (单位：万元) is not an unknown column.</summary>
    private static bool IsUnitLine(string text) => Normalize(text).StartsWith("单位", StringComparison.Ordinal);

    [GeneratedRegex(@"\((?<unit>万元|亿元|元)\)$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^\d{4}年度?")]
    private static partial Regex LeadingYear();
}
