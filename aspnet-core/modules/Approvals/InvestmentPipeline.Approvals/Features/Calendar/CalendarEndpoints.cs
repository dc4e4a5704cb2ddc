using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Calendar;

/// <summary>
/// 节假日与调休: read by anyone with Approvals.View, edited day by day by the commission (Approvals.Manage).
/// Time limits read the calendar whenever they are computed, so an edit moves running steps' due dates at once.
/// </summary>
internal static class CalendarEndpoints
{
    /// <summary>How far back and ahead of this year a day may be edited (the State Council publishes next year's notice in autumn).</summary>
    public const int YearsBack = 5;
    public const int YearsAhead = 2;

    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    private const string StaleMessage = "该日期已被他人修改，请刷新后重试。";

    public static void MapCalendar(this RouteGroupBuilder approvals)
    {
        approvals.MapGet("/calendar", ListAsync)
            .RequirePermission(ApprovalsPermissions.View)
            .WithName("GetCalendar")
            .WithSummary("节假日与调休上班日（审批时限按工作日计算）");
        approvals.MapPut("/calendar/{date}", SaveAsync)
            .RequirePermission(ApprovalsPermissions.Manage)
            .WithName("SaveCalendarDay")
            .WithSummary("设置一天为节假日、调休上班日或恢复正常（审批时限随之重算）");
    }

    private static async Task<Ok<List<CalendarDayDto>>> ListAsync(int year, ApprovalsDbContext db, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return TypedResults.Ok(await db.CalendarDays.Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayDto(d.Date, d.IsWorkday, d.Name, d.ConcurrencyStamp)).ToListAsync(ct));
    }

    private static async Task<Results<Ok<CalendarDayDto>, NoContent, ValidationProblem, ProblemHttpResult>> SaveAsync(
        DateOnly date, SaveCalendarDayRequest request, ApprovalsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var thisYear = ShanghaiClock.Today(time).Year;
        if (date.Year < thisYear - YearsBack || date.Year > thisYear + YearsAhead)
        {
            return ProblemResults.Invalid("date", $"只能维护 {thisYear - YearsBack} 年至 {thisYear + YearsAhead} 年的日历，{date:yyyy年M月d日}不在此范围内。");
        }

        if (request.Kind == SaveCalendarDayRequest.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            return ProblemResults.Invalid("kind", $"{date:yyyy年M月d日}是{Weekdays[(int)date.DayOfWeek]}，本来就是工作日；调休上班日只能是周六或周日。");
        }

        var day = await db.CalendarDays.AsTracking().SingleOrDefaultAsync(d => d.Date == date, ct);
        if (day?.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict(StaleMessage);
        }

        if (request.Kind == SaveCalendarDayRequest.Normal)
        {
            if (day is not null)
            {
                db.CalendarDays.Remove(day);
                await db.SaveChangesAsync(ct);
            }

            return TypedResults.NoContent();
        }

        var isWorkday = request.Kind == SaveCalendarDayRequest.Workday;
        var name = string.IsNullOrWhiteSpace(request.Name) ? "调休上班" : request.Name.Trim();
        if (day is null)
        {
            day = new CalendarDay { Date = date, IsWorkday = isWorkday, Name = name };
            db.CalendarDays.Add(day);
        }
        else
        {
            day.IsWorkday = isWorkday;
            day.Name = name;
            day.ConcurrencyStamp = Guid.NewGuid();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CalendarDayDto(day.Date, day.IsWorkday, day.Name, day.ConcurrencyStamp));
    }
}
