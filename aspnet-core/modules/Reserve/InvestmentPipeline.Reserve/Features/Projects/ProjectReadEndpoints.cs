using InvestmentPipeline.Infrastructure.Auditing;
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

namespace InvestmentPipeline.Reserve.Features.Projects;

internal static class ProjectReadEndpoints
{
    public static void MapProjectReads(this RouteGroupBuilder projects)
    {
        projects.MapGet("/", ListAsync).RequirePermission(ReservePermissions.View).WithName("GetProjects").WithSummary("项目库（筛选、搜索、分页）");
        projects.MapGet("/export", ExportAsync).RequirePermission(ReservePermissions.View).WithName("ExportProjects").WithSummary("导出项目库（Excel，筛选同列表）").ProducesExcel();
        projects.MapGet("/{id:guid}", GetAsync).RequirePermission(ReservePermissions.View).WithName("GetProject").WithSummary("项目详情");
        projects.MapGet("/{id:guid}/history", HistoryAsync).RequirePermission(ReservePermissions.View).WithName("GetProjectHistory").WithSummary("项目变更历史（谁、何时、改前改后）");
    }

    private static async Task<Ok<PagedResult<ProjectListItemDto>>> ListAsync(
        string? search, string? sectorCode, ProjectState? state, InvestmentRegime? regime, Guid? departmentId, Guid? townId,
        ProjectMaturity? maturity, ReviewStatus? reviewStatus, int? page, int? pageSize,
        HttpContext http, ProjectQueries queries, CancellationToken ct)
    {
        var filter = new ProjectFilter(search, sectorCode, state, regime, departmentId, townId, maturity, reviewStatus);
        return TypedResults.Ok(await queries.PageAsync(ProjectQueries.Filter(queries.Scoped(http.GetCurrentUser()), filter), PageQuery.From(page, pageSize), ct));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string? search, string? sectorCode, ProjectState? state, InvestmentRegime? regime, Guid? departmentId, Guid? townId,
        ProjectMaturity? maturity, ReviewStatus? reviewStatus,
        HttpContext http, ProjectQueries queries, AuditWriter audit, CancellationToken ct)
    {
        var filter = new ProjectFilter(search, sectorCode, state, regime, departmentId, townId, maturity, reviewStatus);
        var projects = (await queries.PageAsync(ProjectQueries.Filter(queries.Scoped(http.GetCurrentUser()), filter), new PageQuery(1, ExcelExport.MaxRows), ct)).Items;
        var rows = projects.Select(p => new Dictionary<string, object?>
        {
            ["项目名称"] = p.Name,
            ["项目代码"] = p.Code,
            ["审批类型"] = InvestmentRegimeNames.Of(p.Regime),
            ["行业领域"] = p.SectorName,
            ["所在乡镇"] = p.TownName,
            ["责任部门"] = p.ResponsibleDepartmentName,
            ["项目单位"] = p.ProjectUnit,
            ["总投资(万元)"] = p.TotalInvestment / 10_000m,
            ["状态"] = ProjectStateNames.Of(p.State),
            ["成熟度"] = MaturityNames.Of(p.Maturity),
            ["申报状态"] = ReviewStatusNames.Of(p.ReviewStatus),
            ["计划开工"] = p.PlannedStart?.ToString("yyyy-MM"),
            ["计划竣工"] = p.PlannedCompletion?.ToString("yyyy-MM"),
        });
        var file = await ExcelExport.FileAsync(rows, "项目库", "项目库.xlsx", ct);
        await audit.WriteAsync(AuditActions.Export, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(Project);
            e.Detail = $"导出 {projects.Count} 个项目";
        }, ct);
        return file;
    }

    private static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, ProjectQueries queries, CancellationToken ct)
    {
        var project = await queries.Scoped(http.GetCurrentUser()).FirstOrDefaultAsync(p => p.Id == id, ct);
        return project is null ? ProblemResults.NotFound("项目") : TypedResults.Ok(await queries.ToDtoAsync(project, ct));
    }

    private static async Task<Results<Ok<List<ProjectHistoryEntryDto>>, ProblemHttpResult>> HistoryAsync(
        Guid id, HttpContext http, ProjectQueries queries, AuditDbContext audit, CancellationToken ct)
    {
        if (!await queries.Scoped(http.GetCurrentUser()).AnyAsync(p => p.Id == id, ct))
        {
            return ProblemResults.NotFound("项目");
        }

        var key = id.ToString();
        return TypedResults.Ok(await audit.AuditLogs.AsNoTracking()
            .Where(e => e.EntityType == nameof(Project) && e.EntityId == key)
            .OrderByDescending(e => e.Id)
            .Select(e => new ProjectHistoryEntryDto(e.TimeUtc, e.UserName, e.Action, e.Changes, e.Detail))
            .ToListAsync(ct));
    }
}
