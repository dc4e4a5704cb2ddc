namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>One problem of an import: the sheet row (1 = header), the column header, the value as written, and why it is wrong.</summary>
public sealed record ImportProblem(int Row, string Column, string? Value, string Message);

/// <summary>A column an import reads, by its Chinese header exactly as the district's workbook writes it.</summary>
public sealed record SheetColumn(string Header, bool Required = false);
