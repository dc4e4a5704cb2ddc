namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// One problem of an import: the sheet row, the column header as the file writes it, the value as written, why it is
/// wrong, and the cell (e.g. "F7"; null when the file lacks the column).
/// </summary>
public sealed record ImportProblem(int Row, string Column, string? Value, string Message, string? Cell = null);

/// <summary>
/// A column an import reads: its Chinese header as the district's template writes it and the other names clerks give it.
/// <paramref name="FilledByGroup"/>: a required column that group rows (一、续建项目) may stand in for.
/// </summary>
public sealed record SheetColumn(string Header, bool Required = false, IReadOnlyList<string>? Synonyms = null, bool FilledByGroup = false)
{
    public IEnumerable<string> Names => Synonyms is null ? [Header] : [Header, .. Synonyms];
}
