using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Inspections;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Inspections;

/// <summary>督查: the inspections with their findings, and the 限期整改 items they leave with departments.</summary>
internal static class InspectionEndpoints
{
    public static void MapInspections(this RouteGroupBuilder scheduling)
    {
        var inspections = scheduling.MapGroup("/inspections");
        inspections.MapGet("/", ListAsync).RequirePermission(SchedulingPermissions.View).WithName("GetInspections")
            .WithSummary("督查记录（可按年度、督查方式筛选；最近的在前）");
        inspections.MapGet("/export", ExportAsync).RequirePermission(SchedulingPermissions.View).WithName("ExportInspections").ProducesExcel()
            .WithSummary("导出督查整改事项（xlsx）");
        inspections.MapGet("/{id:guid}", GetAsync).RequirePermission(SchedulingPermissions.View).WithName("GetInspection")
            .WithSummary("一次督查及其整改事项与历史");
        inspections.MapPost("/", CreateAsync).RequirePermission(SchedulingPermissions.Inspect).WithName("CreateInspection")
            .WithSummary("登记督查（现场、节点、反复、深度督查）及限期整改事项");
        inspections.MapPost("/{id:guid}/items", AddItemAsync).RequirePermission(SchedulingPermissions.Inspect).WithName("AddRectification")
            .WithSummary("为督查追加限期整改事项");
        inspections.MapRectifications();
    }

    private static async Task<Ok<PagedResult<InspectionDto>>> ListAsync(
        int? year, InspectionKind? kind, string? search, int? page, int? pageSize, HttpContext http, InspectionQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        return TypedResults.Ok(await queries.PageAsync(InspectionQueries.Filter(queries.Scoped(user), new InspectionFilter(year, kind, search)), user, PageQuery.From(page, pageSize), ct));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        int? year, InspectionKind? kind, string? search, HttpContext http, InspectionQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var inspections = await InspectionQueries.Filter(queries.Scoped(user), new InspectionFilter(year, kind, search))
            .OrderByDescending(i => i.Date).Take(ExcelExport.MaxRows).Select(i => new { i.Id, i.Date, i.Kind, i.Inspectors }).ToListAsync(ct);
        var ids = inspections.Select(i => i.Id).ToList();
        var items = await queries.ScopedItems(user).Where(r => ids.Contains(r.InspectionId)).ToListAsync(ct);
        var rows = inspections
            .SelectMany(i => items.Where(r => r.InspectionId == i.Id).OrderBy(r => r.ProjectName).Select(r => (Inspection: i, Item: queries.ToDto(r))))
            .Select((x, n) => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["序号"] = n + 1,
                ["督查日期"] = x.Inspection.Date.ToString("yyyy-MM-dd"),
                ["督查方式"] = InspectionWords.Kind(x.Inspection.Kind),
                ["督查人员"] = x.Inspection.Inspectors,
                ["项目名称"] = x.Item.ProjectName,
                ["整改要求"] = x.Item.Description,
                ["责任单位"] = x.Item.ResponsibleDepartmentName,
                ["整改期限"] = x.Item.Deadline.ToString("yyyy-MM-dd"),
                ["状态"] = InspectionWords.Status(x.Item.Status),
                ["是否逾期"] = x.Item.Overdue ? "是" : "否",
                ["整改情况"] = x.Item.Report,
                ["复查意见"] = x.Item.VerificationComment,
            });
        return await ExcelExport.FileAsync(rows, "督查整改", year is { } y ? $"督查整改-{y}.xlsx" : "督查整改.xlsx", ct);
    }

    private static async Task<Results<Ok<InspectionDetailDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, InspectionQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var inspection = await queries.Scoped(user).Include(i => i.Projects).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null)
        {
            return ProblemResults.NotFound("该督查记录");
        }

        var items = await queries.ScopedItems(user).Include(r => r.Events).Where(r => r.InspectionId == id).OrderBy(r => r.ProjectName).ThenBy(r => r.Deadline)
            .AsSplitQuery().ToListAsync(ct);
        return TypedResults.Ok(new InspectionDetailDto(queries.ToDto(inspection, items), items.Select(queries.ToDetail).ToList()));
    }

    private static async Task<Results<Created<InspectionDetailDto>, ValidationProblem>> CreateAsync(
        CreateInspectionRequest request, HttpContext http, SchedulingDbContext db, InspectionQueries queries, References references, TimeProvider time,
        CancellationToken ct)
    {
        var date = request.Date!.Value;
        var items = request.Items ?? [];
        var projects = await references.PlanProjectsAsync(date.Year, request.ProjectIds!, ct);
        var missing = request.ProjectIds!.Where(p => !projects.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            return ProblemResults.Invalid("projectIds", $"有 {missing.Count} 个项目不在{date.Year}年度计划中");
        }

        var departments = await references.DepartmentsAsync(items.Select(i => i.ResponsibleDepartmentId!.Value), ct);
        if (Unknown(items, departments) is { } error)
        {
            return error;
        }

        var actor = References.ActorOf(http.GetCurrentUser());
        var now = time.GetUtcNow().UtcDateTime;
        var inspection = Inspection.Record(
            request.Kind!.Value, date, request.Inspectors!.Trim(), request.Findings!.Trim(), request.ProjectIds!.Select(p => projects[p]).ToList(), actor, now);
        foreach (var item in items)
        {
            inspection.AddItem(item.ProjectId!.Value, item.Description!.Trim(), departments[item.ResponsibleDepartmentId!.Value], item.Deadline!.Value, actor, queries.Today, now);
        }

        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/scheduling/inspections/{inspection.Id}",
            new InspectionDetailDto(queries.ToDto(inspection, inspection.Items), inspection.Items.Select(queries.ToDetail).ToList()));
    }

    private static async Task<Results<Ok<RectificationDto>, ProblemHttpResult, ValidationProblem>> AddItemAsync(
        Guid id, AddRectificationRequest request, SchedulingDbContext db, InspectionQueries queries, References references, HttpContext http,
        TimeProvider time, CancellationToken ct)
    {
        var inspection = await db.Inspections.Include(i => i.Projects).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null)
        {
            return ProblemResults.NotFound("该督查记录");
        }

        if (inspection.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该督查记录已被他人修改，请刷新后重试。");
        }

        var fields = request.Item!;
        var departments = await references.DepartmentsAsync([fields.ResponsibleDepartmentId!.Value], ct);
        if (Unknown([fields], departments, "item.") is { } error)
        {
            return error;
        }

        var item = inspection.AddItem(fields.ProjectId!.Value, fields.Description!.Trim(), departments[fields.ResponsibleDepartmentId.Value], fields.Deadline!.Value,
            References.ActorOf(http.GetCurrentUser()), queries.Today, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(queries.ToDto(item));
    }

    private static ValidationProblem? Unknown(IReadOnlyList<RectificationItemFields> items, Dictionary<Guid, DepartmentRef> departments, string? field = null)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!departments.ContainsKey(items[i].ResponsibleDepartmentId!.Value))
            {
                return ProblemResults.Invalid(field is null ? $"items[{i}].responsibleDepartmentId" : $"{field}responsibleDepartmentId", "责任单位不存在");
            }
        }

        return null;
    }
}
