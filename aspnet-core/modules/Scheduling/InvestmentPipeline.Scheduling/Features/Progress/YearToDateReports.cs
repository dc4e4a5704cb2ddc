using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>
/// Loads <see cref="YearToDate"/> in two grouped queries: each project's total up to the month (EF sums decimals exactly
/// on SQLite too, through its ef_sum function) and its latest report, joined to its last month. For a department the
/// reports are limited to its projects; district-wide no list of thousands of ids is sent.
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

        var totals = await reports.GroupBy(r => r.ProjectId).Select(g => new { ProjectId = g.Key, Total = g.Sum(r => r.InvestmentThisMonth) })
            .ToDictionaryAsync(t => t.ProjectId, t => t.Total, ct);
        var lastMonths = reports.GroupBy(r => r.ProjectId).Select(g => new { ProjectId = g.Key, Month = g.Max(r => r.Month) });
        var latest = await reports.Join(lastMonths, r => new { r.ProjectId, r.Month }, l => new { l.ProjectId, l.Month }, (r, _) => r)
            .ToDictionaryAsync(r => r.ProjectId, ct);
        return new YearToDate(latest, totals);
    }
}
