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

/// <summary>限期整改: the departments' to-do list, their rectification reports, and the inspectors' follow-up check (复查).</summary>
internal static class RectificationEndpoints
{
    public static void MapRectifications(this RouteGroupBuilder inspections)
    {
        inspections.MapGet("/rectifications", ListAsync).RequirePermission(SchedulingPermissions.View).WithName("GetRectifications")
            .WithSummary("整改事项（各单位的待办；可按状态、是否逾期、责任单位筛选）");
        inspections.MapPost("/rectifications/{id:guid}/rectify", RectifyAsync).RequirePermission(SchedulingPermissions.Report).WithName("SubmitRectification")
            .WithSummary("责任单位提交整改情况");
        inspections.MapPost("/rectifications/{id:guid}/verify", VerifyAsync).RequirePermission(SchedulingPermissions.Inspect).WithName("VerifyRectification")
            .WithSummary("复查：通过则销号，未通过则退回并确定新的整改期限");
    }

    private static async Task<Ok<PagedResult<RectificationDto>>> ListAsync(
        int? year, RectificationStatus? status, bool? overdue, Guid? departmentId, string? search, int? page, int? pageSize,
        HttpContext http, InspectionQueries queries, CancellationToken ct)
    {
        var filter = new RectificationFilter(year, status, overdue == true, departmentId, search);
        return TypedResults.Ok(await queries.PageAsync(queries.Filter(queries.ScopedItems(http.GetCurrentUser()), filter), PageQuery.From(page, pageSize), ct));
    }

    private static Task<Results<Ok<RectificationDto>, ProblemHttpResult>> RectifyAsync(
        Guid id, SubmitRectificationRequest request, HttpContext http, InspectionQueries queries, SchedulingDbContext db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, request.ConcurrencyStamp, http, queries, db, (item, actor) => item.Rectify(request.Report, actor, time.GetUtcNow().UtcDateTime), ct);

    private static Task<Results<Ok<RectificationDto>, ProblemHttpResult>> VerifyAsync(
        Guid id, VerifyRectificationRequest request, HttpContext http, InspectionQueries queries, SchedulingDbContext db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, request.ConcurrencyStamp, http, queries, db,
            (item, actor) => item.Verify(request.Passed!.Value, request.Comment, request.NewDeadline, actor, queries.Today, time.GetUtcNow().UtcDateTime), ct);

    private static async Task<Results<Ok<RectificationDto>, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid stamp, HttpContext http, InspectionQueries queries, SchedulingDbContext db, Action<RectificationItem, Actor> change, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var item = await queries.ScopedItems(user, tracked: true).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (item is null)
        {
            return ProblemResults.NotFound("该整改事项");
        }

        if (item.ConcurrencyStamp != stamp)
        {
            return ProblemResults.Conflict("该整改事项已有变化（他人已处理或已提级），请刷新后重试。");
        }

        change(item, References.ActorOf(user));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(queries.ToDto(item));
    }
}
