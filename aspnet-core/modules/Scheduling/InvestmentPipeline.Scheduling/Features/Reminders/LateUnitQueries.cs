using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Reminders;

/// <summary>Which departments have not reported which plan projects for a month, against the configured due day.</summary>
internal sealed class LateUnitQueries(SchedulingDbContext db, IAnnualPlanDirectory plan, IDepartmentDirectory departments, TimeProvider time)
{
    public async Task<ReportingSettings> SettingsAsync(CancellationToken ct) =>
        await db.ReportingSettings.FirstOrDefaultAsync(ct) ?? new ReportingSettings();

    public async Task<LateUnitsDto> ForMonthAsync(int year, int month, Guid? scope, CancellationToken ct)
    {
        var due = (await SettingsAsync(ct)).DueDateOf(year, month);
        var projects = await plan.GetProjectsAsync(year, scope, ct);
        var reported = (await db.MonthlyReports.AsNoTracking().Where(r => r.Year == year && r.Month == month).Select(r => r.ProjectId).ToListAsync(ct)).ToHashSet();
        var unreported = projects.Where(p => !reported.Contains(p.ProjectId)).GroupBy(p => p.ResponsibleDepartmentId).ToList();
        var names = await departments.GetAsync(unreported.Select(g => g.Key), ct);
        var units = unreported
            .Select(g => new LateUnitDto(
                g.Key, names.TryGetValue(g.Key, out var d) ? d.Name : "（未知部门）", g.Count(),
                g.OrderBy(p => p.SerialNo ?? int.MaxValue).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => new UnreportedProjectDto(p.ProjectId, p.Name, p.Code)).ToList()))
            .OrderByDescending(u => u.UnreportedCount).ThenBy(u => u.DepartmentName, StringComparer.Ordinal)
            .ToList();
        return new LateUnitsDto(year, month, due, ShanghaiClock.Today(time) > due, units);
    }
}
