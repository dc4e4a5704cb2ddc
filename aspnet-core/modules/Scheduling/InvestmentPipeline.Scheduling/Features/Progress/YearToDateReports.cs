using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>
/// Loads <see cref="YearToDate"/> in two queries: each project's latest report up to the month, and the months' amounts
/// as small tuples (summed here: SQLite cannot sum decimals). For a department the reports are limited to its projects;
/// district-wide every report of the year is read, without a list of thousands of ids.
/// </summary>
internal sealed class YearToDateReports(SchedulingDbContext db)
{
    public async Task<YearToDate> LoadAsync(int year, int month, IReadOnlyList<PlannedProjectInfo> projects, bool scoped, CancellationToken ct)
    {
        var reports = db.MonthlyReports.AsNoTracking().Where(r => r.Year == year && r.Month <= month);
        if (scoped)
        {
            var ids = projects.Select(p => p.ProjectId).ToList();
            reports = reports.Where(r => ids.Contains(r.ProjectId));
        }

        var amounts = await reports.Select(r => new { r.ProjectId, r.InvestmentThisMonth }).ToListAsync(ct);
        var latest = await reports
            .Where(r => r.Month == db.MonthlyReports.Where(x => x.ProjectId == r.ProjectId && x.Year == year && x.Month <= month).Max(x => x.Month))
            .ToDictionaryAsync(r => r.ProjectId, ct);
        return new YearToDate(latest, amounts.GroupBy(a => a.ProjectId).ToDictionary(g => g.Key, g => g.Sum(a => a.InvestmentThisMonth)));
    }
}
