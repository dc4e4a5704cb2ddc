using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Problems;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Problems;

/// <summary>问题清单: the lists, one problem with its history, and its course: 交办 → 办理中 → 销号 (and reopened by 重点办).</summary>
internal static class ProblemEndpoints
{
    public static void MapProblems(this RouteGroupBuilder scheduling)
    {
        var problems = scheduling.MapGroup("/problems");
        problems.MapGet("/", ListAsync).RequirePermission(SchedulingPermissions.View).WithName("GetProblems")
            .WithSummary("问题清单（可按年度、状态、类别、交办单位、是否逾期筛选；未解决、期限早的在前）");
        problems.MapGet("/summary", SummaryAsync).RequirePermission(SchedulingPermissions.View).WithName("GetProblemSummary")
            .WithSummary("问题汇总：按状态、逾期、提级，及按类别（未解决多的在前）");
        problems.MapGet("/export", ExportAsync).RequirePermission(SchedulingPermissions.View).WithName("ExportProblems").ProducesExcel()
            .WithSummary("导出问题清单（xlsx）");
        problems.MapGet("/{id:guid}", GetAsync).RequirePermission(SchedulingPermissions.View).WithName("GetProblem")
            .WithSummary("一个问题及其办理历史");
        problems.MapPost("/", CreateAsync).RequirePermission(SchedulingPermissions.Manage).WithName("CreateProblem")
            .WithSummary("重点办交办问题（可来自预警或月报中的问题）");
        problems.MapPost("/{id:guid}/start", StartAsync).RequireAnyPermission(SchedulingPermissions.Report, SchedulingPermissions.Manage).WithName("StartProblem")
            .WithSummary("开始办理（交办单位或重点办）");
        problems.MapPost("/{id:guid}/resolve", ResolveAsync).RequireAnyPermission(SchedulingPermissions.Report, SchedulingPermissions.Manage).WithName("ResolveProblem")
            .WithSummary("办结销号，须填写办理结果和佐证材料说明（交办单位或重点办）");
        problems.MapPost("/{id:guid}/reopen", ReopenAsync).RequirePermission(SchedulingPermissions.Manage).WithName("ReopenProblem")
            .WithSummary("重点办重新打开已销号的问题（须填写理由）");
    }

    private static async Task<Ok<PagedResult<ProblemDto>>> ListAsync(
        int? year, ProblemStatus? status, string? category, Guid? departmentId, bool? overdue, string? search, int? page, int? pageSize,
        HttpContext http, ProblemQueries queries, CancellationToken ct)
    {
        var filter = new ProblemFilter(year, status, category, departmentId, overdue == true, search);
        return TypedResults.Ok(await queries.PageAsync(queries.Filter(queries.Scoped(http.GetCurrentUser()), filter), PageQuery.From(page, pageSize), ct));
    }

    private static async Task<Ok<ProblemSummaryDto>> SummaryAsync(int? year, HttpContext http, ProblemQueries queries, CancellationToken ct)
    {
        var today = queries.Today;
        var chosen = year ?? today.Year;
        var counts = await queries.Scoped(http.GetCurrentUser()).Where(p => p.Year == chosen)
            .GroupBy(p => new { p.CategoryCode, p.Status, p.EscalationLevel, Overdue = p.Status != ProblemStatus.Resolved && p.Deadline < today })
            .Select(g => new { g.Key.CategoryCode, g.Key.Status, g.Key.EscalationLevel, g.Key.Overdue, Count = g.Count() })
            .ToListAsync(ct);
        var categories = await queries.CategoryNamesAsync(ct);
        var unresolved = counts.Where(c => c.Status != ProblemStatus.Resolved).ToList();
        return TypedResults.Ok(new ProblemSummaryDto(
            chosen,
            counts.Sum(c => c.Count),
            counts.Where(c => c.Status == ProblemStatus.Assigned).Sum(c => c.Count),
            counts.Where(c => c.Status == ProblemStatus.InProgress).Sum(c => c.Count),
            counts.Where(c => c.Status == ProblemStatus.Resolved).Sum(c => c.Count),
            counts.Where(c => c.Overdue).Sum(c => c.Count),
            unresolved.Where(c => c.EscalationLevel == EscalationLevel.KeyProjectsOffice).Sum(c => c.Count),
            unresolved.Where(c => c.EscalationLevel == EscalationLevel.DistrictLeaders).Sum(c => c.Count),
            counts.GroupBy(c => c.CategoryCode)
                .Select(g => new ProblemCategoryCountDto(
                    g.Key, categories.GetValueOrDefault(g.Key, g.Key), g.Where(c => c.Status != ProblemStatus.Resolved).Sum(c => c.Count), g.Sum(c => c.Count)))
                .OrderByDescending(c => c.Unresolved).ThenByDescending(c => c.Total).ThenBy(c => c.Code, StringComparer.Ordinal).ToList()));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        int? year, ProblemStatus? status, string? category, Guid? departmentId, bool? overdue, string? search,
        HttpContext http, ProblemQueries queries, CancellationToken ct)
    {
        var filter = new ProblemFilter(year, status, category, departmentId, overdue == true, search);
        var problems = (await queries.PageAsync(queries.Filter(queries.Scoped(http.GetCurrentUser()), filter), new PageQuery(1, ExcelExport.MaxRows), ct)).Items;
        var rows = problems.Select((p, i) => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["序号"] = i + 1,
            ["年度"] = p.Year,
            ["项目名称"] = p.ProjectName,
            ["问题类别"] = p.CategoryName,
            ["问题描述"] = p.Description,
            ["交办单位"] = p.AssignedDepartmentName,
            ["办理期限"] = p.Deadline.ToString("yyyy-MM-dd"),
            ["状态"] = ProblemWords.Status(p.Status),
            ["是否逾期"] = p.Overdue ? "是" : "否",
            ["提级情况"] = ProblemWords.Escalation(p.EscalationLevel),
            ["办理结果"] = p.Resolution,
            ["佐证材料说明"] = p.Evidence,
            ["交办人"] = p.CreatedBy,
        });
        return await ExcelExport.FileAsync(rows, "问题清单", year is { } y ? $"问题清单-{y}.xlsx" : "问题清单.xlsx", ct);
    }

    private static async Task<Results<Ok<ProblemDetailDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, ProblemQueries queries, CancellationToken ct)
    {
        var problem = await queries.Scoped(http.GetCurrentUser()).Include(p => p.Events).FirstOrDefaultAsync(p => p.Id == id, ct);
        return problem is null
            ? ProblemResults.NotFound("该问题")
            : TypedResults.Ok(new ProblemDetailDto(
                queries.ToDto(problem, await queries.CategoryNamesAsync(ct)), problem.Events.OrderBy(e => e.Sequence).Select(ProblemQueries.ToDto).ToList()));
    }

    private static async Task<Results<Created<ProblemDto>, ValidationProblem>> CreateAsync(
        CreateProblemRequest request, HttpContext http, SchedulingDbContext db, ProblemQueries queries, References references, TimeProvider time,
        CancellationToken ct)
    {
        var year = request.Year!.Value;
        var projects = await references.PlanProjectsAsync(year, [request.ProjectId!.Value], ct);
        if (!projects.TryGetValue(request.ProjectId.Value, out var project))
        {
            return ProblemResults.Invalid("projectId", $"该项目不在{year}年度计划中");
        }

        var categories = await queries.CategoryNamesAsync(ct);
        var category = request.CategoryCode!.Trim();
        if (!await db.ProblemCategories.AnyAsync(c => c.Code == category && c.IsActive, ct))
        {
            return ProblemResults.Invalid("categoryCode", "问题类别不存在或已停用");
        }

        if (!(await references.DepartmentsAsync([request.AssignedDepartmentId!.Value], ct)).TryGetValue(request.AssignedDepartmentId.Value, out var department))
        {
            return ProblemResults.Invalid("assignedDepartmentId", "交办单位不存在");
        }

        if (request.SourceWarningId is { } warningId && !await db.Warnings.AnyAsync(w => w.Id == warningId, ct))
        {
            return ProblemResults.Invalid("sourceWarningId", "来源预警不存在");
        }

        var problem = CoordinationProblem.Assign(
            project, year, category, request.Description!.Trim(), department, request.Deadline!.Value, request.SourceWarningId,
            References.ActorOf(http.GetCurrentUser()), queries.Today, time.GetUtcNow().UtcDateTime);
        db.Problems.Add(problem);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/scheduling/problems/{problem.Id}", queries.ToDto(problem, categories));
    }

    private static Task<Results<Ok<ProblemDto>, ProblemHttpResult>> StartAsync(
        Guid id, StartProblemRequest request, HttpContext http, ProblemQueries queries, SchedulingDbContext db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, request.ConcurrencyStamp, http, queries, db, (p, actor) => p.Start(actor, time.GetUtcNow().UtcDateTime), ct);

    private static Task<Results<Ok<ProblemDto>, ProblemHttpResult>> ResolveAsync(
        Guid id, ResolveProblemRequest request, HttpContext http, ProblemQueries queries, SchedulingDbContext db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, request.ConcurrencyStamp, http, queries, db,
            (p, actor) => p.Resolve(request.Resolution, request.Evidence, actor, time.GetUtcNow().UtcDateTime), ct);

    private static Task<Results<Ok<ProblemDto>, ProblemHttpResult>> ReopenAsync(
        Guid id, ReopenProblemRequest request, HttpContext http, ProblemQueries queries, SchedulingDbContext db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, request.ConcurrencyStamp, http, queries, db, (p, actor) => p.Reopen(request.Reason, actor, time.GetUtcNow().UtcDateTime), ct);

    private static async Task<Results<Ok<ProblemDto>, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid stamp, HttpContext http, ProblemQueries queries, SchedulingDbContext db, Action<CoordinationProblem, Actor> change, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var problem = await queries.Scoped(user, tracked: true).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (problem is null)
        {
            return ProblemResults.NotFound("该问题");
        }

        if (problem.ConcurrencyStamp != stamp)
        {
            return ProblemResults.Conflict("该问题已有变化（他人已办理或已提级），请刷新后重试。");
        }

        change(problem, References.ActorOf(user));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(queries.ToDto(problem, await queries.CategoryNamesAsync(ct)));
    }
}
