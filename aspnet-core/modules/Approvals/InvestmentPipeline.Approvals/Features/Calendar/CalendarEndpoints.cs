using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Calendar;

public sealed record CalendarDayDto(DateOnly Date, bool IsWorkday, string Name);

internal static class CalendarEndpoints
{
    public static void MapCalendar(this RouteGroupBuilder approvals) =>
        approvals.MapGet("/calendar", async (int year, ApprovalsDbContext db, CancellationToken ct) =>
            {
                var from = new DateOnly(year, 1, 1);
                var to = new DateOnly(year, 12, 31);
                return TypedResults.Ok(await db.CalendarDays.Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
                    .Select(d => new CalendarDayDto(d.Date, d.IsWorkday, d.Name)).ToListAsync(ct));
            })
            .RequirePermission(ApprovalsPermissions.View)
            .WithName("GetCalendar")
            .WithSummary("节假日与调休上班日（审批时限按工作日计算）");
}
