using InvestmentPipeline.SharedKernel.Text;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// The first sheet of an uploaded workbook as the district keeps it: the header found among the first rows (title and
/// 填报单位 lines above it), columns by their Chinese header or a synonym in any order, group rows (一、续建项目), 小计/合计
/// rows, repeated header rows and blank rows skipped and reported, missing required columns as problems and extra
/// columns as warnings. <see cref="Refusal"/> is set when the sheet is over the import's limits: nothing else is read then.
/// </summary>
public sealed class ImportSheet
{
    internal ImportSheet(SheetHeader? header) => Header = header;

    public SheetHeader? Header { get; }

    /// <summary>Column letter of each header found, by canonical header.</summary>
    public IReadOnlyDictionary<string, string> ColumnByHeader => Header?.ColumnByHeader ?? [];

    /// <summary>The header row's number (1 when none was found), where a problem about a whole column is placed.</summary>
    public int HeaderRow => Header?.FirstRow ?? 1;

    /// <summary>The data rows, with their sheet row numbers and the group row above them.</summary>
    public List<SheetRow> Rows { get; } = [];

    public List<SkippedRow> Skipped { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    private readonly List<string> warnings = [];
    private readonly Dictionary<(string Header, string What), List<int>> notes = [];

    /// <summary>What the import interpreted or left out, for the user to check: its own warnings, then the cells noted.</summary>
    public IReadOnlyList<string> Warnings => [.. warnings, .. notes.Select(n => Summarise(n.Key.Header, n.Value, n.Key.What))];

    public void AddWarning(string warning) => warnings.Add(warning);

    /// <summary>
    /// A cell read by interpretation (an amount in 亿元, a name matched by its core): noted per column and kind, and
    /// reported as one warning naming the rows (at most ten), e.g. 「总投资」第 5、8 行按亿元换算为万元.
    /// </summary>
    public void Note(string header, int row, string what)
    {
        if (!notes.TryGetValue((header, what), out var rows))
        {
            notes[(header, what)] = rows = [];
        }

        rows.Add(row);
    }

    /// <summary>Each distinct name no place has, with its rows and the closest places: the user may map it and import again.</summary>
    public List<UnknownName> UnknownNames { get; } = [];

    private readonly Dictionary<(string Header, string Written), IWrittenName> names = [];

    /// <summary>A written name resolved once per column and text, however many rows repeat it.</summary>
    internal IWrittenName Resolve(string header, string written, Func<string, IWrittenName> resolve)
    {
        if (!names.TryGetValue((header, written), out var name))
        {
            names[(header, written)] = name = resolve(written);
        }

        return name;
    }

    internal void AddUnknown(string header, string written, string scope, int row, IReadOnlyList<NamedPlace> suggestions)
    {
        var column = WrittenHeader(header);
        if (UnknownNames.FirstOrDefault(u => u.Column == column && u.Written == written) is { } known)
        {
            known.Rows.Add(row);
            return;
        }

        UnknownNames.Add(new UnknownName(column, written, scope, [row], suggestions));
    }

    /// <summary>Why the whole file was refused unread (too many rows, too large once unpacked); null when it was read.</summary>
    public string? Refusal { get; internal set; }

    /// <summary>The header as the file writes it (for messages); the canonical header when the column is missing.</summary>
    public string WrittenHeader(string header) => Header?.WrittenByHeader.GetValueOrDefault(header) ?? header;

    /// <summary>A problem with its cell: the row's cell in the column, or none when the file lacks the column.</summary>
    public ImportProblem Problem(int row, string header, string? value, string message) =>
        new(row, WrittenHeader(header), value, message, ColumnByHeader.TryGetValue(header, out var letter) ? letter + row : null);

    private string Summarise(string header, List<int> rows, string what)
    {
        var named = string.Join("、", rows.Order().Take(10));
        return $"「{WrittenHeader(header)}」第 {named}{(rows.Count > 10 ? $" 等 {rows.Count}" : string.Empty)} 行{what}";
    }
}

/// <summary>
/// A name in a column that no department or town has (nor any 简称): <paramref name="Scope"/> says what it may be mapped to
/// (Departments, Towns or Any).
/// </summary>
public sealed record UnknownName(string Column, string Written, string Scope, List<int> Rows, IReadOnlyList<NamedPlace> Suggestions);

/// <summary>A row that was not imported because it is not a project row, and why (空行、分组行、合计行、重复的表头行).</summary>
public sealed record SkippedRow(int Row, string Reason, string? Text)
{
    public const string Blank = "空行";
    public const string Group = "分组行";
    public const string Total = "小计/合计行";
    public const string RepeatedHeader = "重复的表头行";
}

/// <summary>One data row of an <see cref="ImportSheet"/>: its cells by header, and the group row it sits under.</summary>
public sealed class SheetRow(int number, IDictionary<string, object?> cells, ImportSheet sheet, string? group)
{
    public int Number { get; } = number;

    /// <summary>The text of the group row above (一、续建项目（18个）), if the sheet has group rows.</summary>
    public string? Group { get; } = group;

    public ImportSheet Sheet { get; } = sheet;

    public bool HasColumn(string header) => Sheet.ColumnByHeader.ContainsKey(header);

    /// <summary>Yuan per unit of an amount column: its header's unit (亿元, 元), else 万元.</summary>
    public decimal YuanPerUnit(string header) => Sheet.Header?.UnitByHeader.GetValueOrDefault(header, SheetCell.YuanPer10k) ?? SheetCell.YuanPer10k;

    public object? this[string header] =>
        Sheet.ColumnByHeader.TryGetValue(header, out var letter) && cells.TryGetValue(letter, out var value) && !SheetCell.IsEmpty(value) ? value : null;
}
