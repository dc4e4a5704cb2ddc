using System.Data;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>The answers every workbook import gives: the upload read, every problem at once, and the marked copy.</summary>
public static class ImportResults
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;
    public const string InvalidCode = "ImportInvalid";
    public const string NoErrorsCode = "ImportHasNoErrors";

    public static async Task<(byte[]? Bytes, ProblemHttpResult? Problem)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length is 0 or > MaxUploadBytes)
        {
            return (null, ProblemResults.Problem(StatusCodes.Status400BadRequest, "请上传不超过 10 MB 的 Excel 文件（.xlsx）。", "ImportFileSize"));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (buffer.ToArray(), null);
    }

    public static ProblemHttpResult NotAWorkbook() =>
        ProblemResults.Problem(StatusCodes.Status400BadRequest, "无法读取该文件，请上传 Excel 工作簿（.xlsx）。", "ImportNotWorkbook");

    public static ProblemHttpResult Invalid(ImportSheet sheet) =>
        TypedResults.Problem(
            detail: $"导入未执行：发现 {sheet.Problems.Count} 处错误，请修改后重新导入（未作任何修改）。",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: ChineseProblemTitles.For(StatusCodes.Status422UnprocessableEntity),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = InvalidCode,
                ["problems"] = sheet.Problems.OrderBy(p => p.Row).ToList(),
                ["warnings"] = sheet.Warnings,
            });

    public static ProblemHttpResult NoErrors() =>
        ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "该文件没有发现错误，可以直接导入。", NoErrorsCode);

    /// <summary>Headers only: MiniExcel writes a header row for a table without rows, not for an empty list.</summary>
    public static async Task<FileContentHttpResult> TemplateAsync(IReadOnlyList<SheetColumn> columns, string sheetName, string fileName, CancellationToken ct)
    {
        using var table = new DataTable(sheetName);
        foreach (var column in columns)
        {
            table.Columns.Add(column.Header);
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(table, sheetName: sheetName, cancellationToken: ct);
        return TypedResults.File(stream.ToArray(), ExcelExport.ContentType, fileName);
    }

    public static FileContentHttpResult ErrorWorkbook(byte[] workbook, ImportSheet sheet, string uploadedName) =>
        TypedResults.File(
            ImportErrorWorkbook.Mark(workbook, sheet.ColumnByHeader, sheet.Problems),
            ExcelExport.ContentType,
            $"{Path.GetFileNameWithoutExtension(uploadedName)}-错误标注.xlsx");
}
