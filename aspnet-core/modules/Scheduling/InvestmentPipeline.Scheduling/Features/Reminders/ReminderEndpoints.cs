using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Features.Progress;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Reminders;

/// <summary>报送时限 and 催报: the due day, the month's late units, the reminders sent, and a run on demand.</summary>
internal static class ReminderEndpoints
{
    public static void MapReminders(this RouteGroupBuilder scheduling)
    {
        scheduling.MapGet("/reporting-settings", SettingsAsync).RequirePermission(SchedulingPermissions.View).WithName("GetReportingSettings")
            .WithSummary("月度进展报送截止日（次月几日前）");
        scheduling.MapPut("/reporting-settings", SaveSettingsAsync).RequirePermission(SchedulingPermissions.Manage).WithName("SaveReportingSettings")
            .WithSummary("设置月度进展报送截止日");
        scheduling.MapGet(ProgressEndpoints.MonthRoute + "/late-units", LateUnitsAsync).RequirePermission(SchedulingPermissions.View).WithName("GetLateUnits")
            .WithSummary("某月未报送进展的单位及项目（过截止日即为逾期）");
        scheduling.MapGet("/reminders", RemindersAsync).RequirePermission(SchedulingPermissions.View).WithName("GetProgressReminders")
            .WithSummary("催报记录（单位只看本单位的）");
        scheduling.MapPost("/reminders/run", RunAsync).RequirePermission(SchedulingPermissions.Manage).WithName("RunProgressReminders")
            .WithSummary("立即催报上月逾期未报的单位（站内提醒与邮件；同一单位每天一次）");
    }

    private static async Task<Ok<ReportingSettingsDto>> SettingsAsync(LateUnitQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await queries.SettingsAsync(ct)));

    private static async Task<Results<Ok<ReportingSettingsDto>, ProblemHttpResult>> SaveSettingsAsync(
        SaveReportingSettingsRequest request, SchedulingDbContext db, CancellationToken ct)
    {
        var settings = await db.ReportingSettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new ReportingSettings();
            db.ReportingSettings.Add(settings);
        }
        else if (settings.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("报送设置已被他人修改，请刷新后重试。");
        }

        settings.Change(request.DueDay!.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(settings));
    }

    private static async Task<Ok<LateUnitsDto>> LateUnitsAsync(int year, int month, HttpContext http, LateUnitQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ForMonthAsync(year, month, http.GetCurrentUser().ScopedDepartmentId, ct));

    private static async Task<Ok<PagedResult<ProgressReminderDto>>> RemindersAsync(int? page, int? pageSize, HttpContext http, SchedulingDbContext db, CancellationToken ct)
    {
        var scope = http.GetCurrentUser().ScopedDepartmentId;
        var reminders = db.ProgressReminders.AsNoTracking().Where(r => scope == null || r.DepartmentId == scope);
        var paging = PageQuery.From(page, pageSize);
        var items = await reminders.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.DepartmentName).Skip(paging.Skip).Take(paging.PageSize)
            .Select(r => new ProgressReminderDto(r.Id, r.DepartmentId, r.DepartmentName, r.Year, r.Month, r.DueDate, r.SentOn, r.ProjectCount, r.Projects, r.EmailedTo, r.CreatedAtUtc))
            .ToListAsync(ct);
        return TypedResults.Ok(new PagedResult<ProgressReminderDto>(items, await reminders.CountAsync(ct)));
    }

    private static async Task<Ok<ReminderRunDto>> RunAsync(ProgressReminderJob job, CancellationToken ct) => TypedResults.Ok(await job.RunAsync(ct));

    private static ReportingSettingsDto ToDto(ReportingSettings s) => new(s.DueDay, s.ConcurrencyStamp);
}
