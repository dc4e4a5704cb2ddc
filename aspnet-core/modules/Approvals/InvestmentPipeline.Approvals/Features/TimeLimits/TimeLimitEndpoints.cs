using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.TimeLimits;

/// <summary>The in-app time-limit reminders and escalations, and a run of the daily job on demand.</summary>
internal static class TimeLimitEndpoints
{
    public static void MapTimeLimits(this RouteGroupBuilder approvals)
    {
        approvals.MapGet("/reminders", RemindersAsync).RequirePermission(ApprovalsPermissions.View).WithName("GetApprovalReminders")
            .WithSummary("审批时限提醒与超时督办（本部门收到的；全部部门数据权限可看全部）");
        approvals.MapPost("/reminders/run", RunAsync).RequirePermission(ApprovalsPermissions.Manage).WithName("RunApprovalTimeLimits")
            .WithSummary("立即检查审批时限（达 80% 提醒办理部门，超时督办至部门负责人与区重点办；每步每轮各一次）");
    }

    private static async Task<Ok<PagedResult<ApprovalReminderDto>>> RemindersAsync(
        int? page, int? pageSize, HttpContext http, ApprovalsDbContext db, CancellationToken ct)
    {
        var paging = PageQuery.From(page, pageSize);
        var query = db.ApprovalReminders.AsNoTracking();
        if (http.GetCurrentUser().ScopedDepartmentId is { } department)
        {
            query = query.Where(r => r.DepartmentId == department);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PagedResult<ApprovalReminderDto>(
            rows.ConvertAll(r => new ApprovalReminderDto(
                r.Id, r.DepartmentId, r.InstanceId, r.ProjectId, r.ProjectName, r.StepId, r.Round, r.StepName, r.StepDepartmentId, r.Level.ToString(),
                r.ElapsedWorkingDays, r.TimeLimitDays, r.DueOn, r.SentOn, r.EmailedTo)),
            total));
    }

    private static async Task<Ok<TimeLimitRunDto>> RunAsync(TimeLimitJob job, CancellationToken ct) => TypedResults.Ok(await job.RunAsync(ct));
}
