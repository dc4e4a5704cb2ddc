using System.Data;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>What checking an uploaded workbook found: the file, the sheet read from it with every problem, and the rows.</summary>
public interface ISheetCheck
{
    byte[] Bytes { get; }

    ImportSheet Sheet { get; }
}

/// <summary>
/// The flow and the answers every workbook import shares: the upload read (10 MB), refused when it is no workbook or
/// over the limits, checked, then either applied or answered with every problem (the first
/// <see cref="ImportLimits.MaxProblemsListed"/> by row, and the total) or with the marked copy of the user's own file.
/// </summary>
public static class ImportResults
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;
    public const string InvalidCode = "ImportInvalid";
    public const string NoErrorsCode = "ImportHasNoErrors";

    /// <summary>Checks the upload and, when every row is right, applies it; the request's cancellation stops both.</summary>
    public static async Task<Results<Ok<TResult>, ProblemHttpResult>> ImportAsync<TCheck, TResult>(
        SheetUpload upload, ImportLimits limits, Func<byte[], IReadOnlyDictionary<string, Guid>, Task<TCheck?>> check, Func<TCheck, Task<TResult>> apply,
        CancellationToken ct)
        where TCheck : class, ISheetCheck
    {
        var (checkedSheet, problem) = await CheckAsync(upload, check, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (checkedSheet!.Sheet.Problems.Count > 0)
        {
            return Invalid(checkedSheet.Sheet, limits);
        }

        return TypedResults.Ok(await apply(checkedSheet));
    }

    /// <summary>下载错误标注文件: the same upload checked again and handed back with its bad cells marked.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ErrorWorkbookAsync<TCheck>(
        SheetUpload upload, Func<byte[], IReadOnlyDictionary<string, Guid>, Task<TCheck?>> check, CancellationToken ct)
        where TCheck : class, ISheetCheck
    {
        var (checkedSheet, problem) = await CheckAsync(upload, check, ct);
        if (problem is not null)
        {
            return problem;
        }

        return checkedSheet!.Sheet.Problems.Count == 0
            ? ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "该文件没有发现错误，可以直接导入。", NoErrorsCode)
            : TypedResults.File(
                ImportErrorWorkbook.Mark(checkedSheet.Bytes, checkedSheet.Sheet),
                ExcelExport.ContentType,
                $"{Path.GetFileNameWithoutExtension(upload.File.FileName)}-错误标注.xlsx");
    }

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

    private static async Task<(TCheck? Check, ProblemHttpResult? Problem)> CheckAsync<TCheck>(
        SheetUpload upload, Func<byte[], IReadOnlyDictionary<string, Guid>, Task<TCheck?>> check, CancellationToken ct)
        where TCheck : class, ISheetCheck
    {
        if (upload.File.Length is 0 or > MaxUploadBytes)
        {
            return (null, ProblemResults.Problem(StatusCodes.Status400BadRequest, "请上传不超过 10 MB 的 Excel 文件（.xlsx）。", "ImportFileSize"));
        }

        if (upload.Mappings() is not { } mappings)
        {
            return (null, ProblemResults.Problem(StatusCodes.Status400BadRequest, "名称对应（nameMappings）应为 {\"所写名称\": \"部门编号\"} 形式的 JSON。", "ImportMappings"));
        }

        using var buffer = new MemoryStream();
        await upload.File.CopyToAsync(buffer, ct);
        var result = await check(buffer.ToArray(), mappings);
        return result switch
        {
            null => (null, ProblemResults.Problem(StatusCodes.Status400BadRequest, "无法读取该文件，请上传 Excel 工作簿（.xlsx）。", "ImportNotWorkbook")),
            { Sheet.Refusal: { } refusal } => (null, ProblemResults.Problem(StatusCodes.Status400BadRequest, refusal, "ImportTooLarge")),
            _ => (result, null),
        };
    }

    private static ProblemHttpResult Invalid(ImportSheet sheet, ImportLimits limits)
    {
        var listed = sheet.Problems.OrderBy(p => p.Row).Take(limits.MaxProblemsListed).ToList();
        var more = sheet.Problems.Count > listed.Count ? $"（此处列出前 {listed.Count} 处，其余请下载错误标注文件查看）" : string.Empty;
        return TypedResults.Problem(
            detail: $"导入未执行：发现 {sheet.Problems.Count} 处错误{more}，请修改后重新导入（未作任何修改）。",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: ChineseProblemTitles.For(StatusCodes.Status422UnprocessableEntity),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = InvalidCode,
                ["problemCount"] = sheet.Problems.Count,
                ["problems"] = listed,
                ["warnings"] = sheet.Warnings,
                ["skipped"] = sheet.Skipped.Take(limits.MaxProblemsListed).ToList(),
                ["unknownNames"] = sheet.UnknownNames.Take(limits.MaxProblemsListed).ToList(),
            });
    }
}
