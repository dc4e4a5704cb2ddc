using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>The month's progress in and out of Excel, in the layout of the district's 项目月度进展表.</summary>
internal static class ProgressSheetEndpoints
{
    public static void MapProgressSheets(this RouteGroupBuilder scheduling)
    {
        scheduling.MapGet("/progress/import-template", TemplateAsync).RequirePermission(SchedulingPermissions.View)
            .WithName("GetProgressImportTemplate").WithSummary("月度进展导入模板（表头）").ProducesExcel();
        scheduling.MapGet($"{ProgressEndpoints.MonthRoute}/export", ExportAsync).RequirePermission(SchedulingPermissions.View)
            .WithName("ExportMonthlyProgress").WithSummary("导出某月进展（项目月度进展表格式）").ProducesExcel();
        var year = scheduling.MapGroup("/progress/{year:int:range(2000,2100)}");
        // The app's own antiforgery middleware checks X-XSRF-TOKEN on every unsafe /api call, forms included.
        year.MapPost("/import", ImportAsync).RequirePermission(SchedulingPermissions.Report).DisableAntiforgery().LimitedAsImport()
            .WithName("ImportMonthlyProgress").WithSummary("导入月度进展：全部正确才写入，否则返回全部错误（422，problems）");
        year.MapPost("/import/errors", ErrorWorkbookAsync).RequirePermission(SchedulingPermissions.Report).DisableAntiforgery().LimitedAsImport()
            .WithName("GetProgressImportErrorWorkbook").WithSummary("下载标出错误单元格的原工作簿").ProducesExcel();
    }

    private static Task<Results<Ok<ProgressImportResultDto>, ProblemHttpResult>> ImportAsync(
        int year, [AsParameters] SheetUpload upload, HttpContext http, ProgressImport import, ImportLimits limits, AuditWriter audit, CancellationToken ct) =>
        ImportResults.ImportAsync(upload, limits, (bytes, _) => import.CheckAsync(year, bytes, http.GetCurrentUser(), ct), async check =>
        {
            var result = await import.ApplyAsync(year, check, ct);
            await audit.WriteAsync(AuditActions.Import, AuditOutcomes.Success, e =>
            {
                e.EntityType = nameof(MonthlyReport);
                e.Detail = $"导入 {year} 年月度进展「{upload.File.FileName}」{result.Rows} 行：新增 {result.Added}，更新 {result.Updated}，无变化 {result.Unchanged}";
            }, ct);
            return result;
        }, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> ErrorWorkbookAsync(
        int year, [AsParameters] SheetUpload upload, HttpContext http, ProgressImport import, CancellationToken ct) =>
        ImportResults.ErrorWorkbookAsync(upload, (bytes, _) => import.CheckAsync(year, bytes, http.GetCurrentUser(), ct), ct);

    private static async Task<FileContentHttpResult> ExportAsync(
        int year, int month, HttpContext http, ProgressQueries queries, SchedulingDbContext db, AuditWriter audit, CancellationToken ct)
    {
        var plan = await queries.PlanAsync(year, http.GetCurrentUser(), ct);
        var reported = (await queries.MonthAsync(year, month, plan, http.GetCurrentUser(), ct)).Where(p => p.Report is not null).ToList();
        var categories = await db.ProblemCategories.ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var rows = reported.Select(p => new Dictionary<string, object?>
        {
            [ProgressSheet.Name] = p.Name,
            [ProgressSheet.Code] = p.Code,
            [ProgressSheet.Month] = $"{year}-{month:D2}",
            [ProgressSheet.Investment] = p.Report!.InvestmentThisMonth / SheetCell.YuanPer10k,
            [ProgressSheet.Cumulative] = p.CumulativeThisYear / SheetCell.YuanPer10k,
            [ProgressSheet.Status] = StartStatusNames.Of(p.Report.Status),
            [ProgressSheet.StartDate] = p.Report.ActualStartDate?.ToString("yyyy-MM-dd"),
            [ProgressSheet.Progress] = p.Report.Progress,
            [ProgressSheet.InStatistics] = p.Report.InStatistics switch { true => "是", false => "否", _ => null },
            [ProgressSheet.Problem] = p.Report.Problem,
            [ProgressSheet.Category] = p.Report.ProblemCategoryCode is { } code ? categories.GetValueOrDefault(code, code) : null,
        }).ToList();
        var fileName = $"{year}年{month}月项目月度进展表.xlsx";
        var file = rows.Count > 0
            ? await ExcelExport.FileAsync(rows, ProgressSheet.SheetName, fileName, ct)
            : await ImportResults.TemplateAsync(ProgressSheet.Columns, ProgressSheet.SheetName, fileName, ct);
        await audit.WriteAsync(AuditActions.Export, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(MonthlyReport);
            e.Detail = $"导出 {year} 年 {month} 月进展 {rows.Count} 个项目";
        }, ct);
        return file;
    }

    private static Task<FileContentHttpResult> TemplateAsync(CancellationToken ct) =>
        ImportResults.TemplateAsync(ProgressSheet.Columns, ProgressSheet.SheetName, "项目月度进展表-模板.xlsx", ct);
}
