using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>The plan in and out of Excel, in the layout of the district's 年度重点项目计划表.</summary>
internal static class PlanSheetEndpoints
{
    public static void MapPlanSheets(this RouteGroupBuilder reserve)
    {
        reserve.MapGet("/plans/import-template", TemplateAsync).RequirePermission(ReservePermissions.View).WithName("GetPlanImportTemplate").WithSummary("年度计划导入模板（表头）").ProducesExcel();
        var plan = reserve.MapGroup(PlanEndpoints.YearRoute);
        plan.MapGet("/export", ExportAsync).RequirePermission(ReservePermissions.View).WithName("ExportAnnualPlan").WithSummary("导出年度计划（年度重点项目计划表格式）").ProducesExcel();
        // The app's own antiforgery middleware checks X-XSRF-TOKEN on every unsafe /api call, forms included.
        plan.MapPost("/import", ImportAsync).RequirePermission(ReservePermissions.Manage).DisableAntiforgery().LimitedAsImport()
            .WithName("ImportAnnualPlan").WithSummary("导入年度计划：全部正确才写入，否则返回全部错误（422，problems）");
        plan.MapPost("/import/errors", ErrorWorkbookAsync).RequirePermission(ReservePermissions.Manage).DisableAntiforgery().LimitedAsImport()
            .WithName("GetPlanImportErrorWorkbook").WithSummary("下载标出错误单元格的原工作簿").ProducesExcel();
    }

    private static Task<Results<Ok<PlanImportResultDto>, ProblemHttpResult>> ImportAsync(
        int year, [AsParameters] SheetUpload upload, HttpContext http, PlanImport import, ImportLimits limits, AuditWriter audit, CancellationToken ct) =>
        ImportResults.ImportAsync(upload, limits, (bytes, names) => import.CheckAsync(year, bytes, names, http.GetCurrentUser(), ct), async check =>
        {
            var result = await import.ApplyAsync(year, check, ct);
            await audit.WriteAsync(AuditActions.Import, AuditOutcomes.Success, e =>
            {
                e.EntityType = nameof(PlanEntry);
                e.Detail = $"导入 {year} 年度计划「{upload.File.FileName}」{result.Rows} 行：新建项目 {result.CreatedProjects}，更新项目 {result.UpdatedProjects}，"
                    + $"新增计划 {result.AddedEntries}，更新计划 {result.UpdatedEntries}，无变化 {result.UnchangedEntries}";
            }, ct);
            return result;
        }, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> ErrorWorkbookAsync(
        int year, [AsParameters] SheetUpload upload, HttpContext http, PlanImport import, CancellationToken ct) =>
        ImportResults.ErrorWorkbookAsync(upload, (bytes, names) => import.CheckAsync(year, bytes, names, http.GetCurrentUser(), ct), ct);

    private static async Task<FileContentHttpResult> ExportAsync(
        int year, string? search, ConstructionType? type, string? sectorCode, Guid? townId, Guid? departmentId,
        HttpContext http, PlanQueries plan, AuditWriter audit, CancellationToken ct)
    {
        var filter = new PlanEntryFilter(search, type, sectorCode, townId, departmentId);
        var rows = await PlanQueries.Ordered(PlanQueries.Filter(plan.Scoped(year, http.GetCurrentUser()), filter)).Take(ExcelExport.MaxRows).ToListAsync(ct);
        var entries = await plan.ToDtosAsync(rows, ct);
        // The year's own sector, town, total, department and unit: an old year's export re-imports unchanged.
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            // The stored 序号, not the row's position: a filtered export re-imported must change nothing.
            [PlanSheet.SerialNo] = r.Entry.SerialNo,
            [PlanSheet.Name] = r.Project.Name,
            [PlanSheet.Code] = r.Project.Code,
            [PlanSheet.Type] = ConstructionTypeNames.Of(r.Entry.Type),
            [PlanSheet.Sector] = entries[i].SectorName,
            [PlanSheet.Town] = entries[i].TownName,
            [PlanSheet.Scope] = r.Project.Scope,
            [PlanSheet.TotalInvestment] = r.Entry.TotalInvestment / SheetCell.YuanPer10k,
            [PlanSheet.PlannedInvestment] = r.Entry.PlannedInvestment / SheetCell.YuanPer10k,
            [PlanSheet.PlannedStart] = r.Entry.PlannedStartMonth?.ToString("yyyy-MM"),
            [PlanSheet.PlannedCompletion] = r.Entry.PlannedCompletionMonth?.ToString("yyyy-MM"),
            [PlanSheet.Leader] = r.Entry.Leader,
            [PlanSheet.Unit] = entries[i].ResponsibleDepartmentName,
            [PlanSheet.ProjectUnit] = r.Entry.ProjectUnit,
            [PlanSheet.Person] = r.Entry.ResponsiblePerson,
            [PlanSheet.Phone] = r.Entry.Phone,
            [PlanSheet.Funding] = r.Entry.FundingNote,
        }).ToList();
        var file = sheet.Count > 0
            ? await ExcelExport.FileAsync(sheet, PlanSheet.SheetName, PlanSheet.FileName(year), ct)
            : await ImportResults.TemplateAsync(PlanSheet.Columns, PlanSheet.SheetName, PlanSheet.FileName(year), ct);
        await audit.WriteAsync(AuditActions.Export, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(PlanEntry);
            e.Detail = $"导出 {year} 年度计划 {rows.Count} 个项目";
        }, ct);
        return file;
    }

    private static Task<FileContentHttpResult> TemplateAsync(CancellationToken ct) =>
        ImportResults.TemplateAsync(PlanSheet.Columns, PlanSheet.SheetName, "年度重点项目计划表-模板.xlsx", ct);
}
