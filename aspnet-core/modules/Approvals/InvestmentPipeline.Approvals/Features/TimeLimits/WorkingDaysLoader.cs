using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.TimeLimits;

internal static class WorkingDaysLoader
{
    /// <summary>The working-day calendar from the calendar data (a few dozen rows a year).</summary>
    public static async Task<WorkingDays> WorkingDaysAsync(this ApprovalsDbContext db, CancellationToken ct) =>
        WorkingDays.From(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
