using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>
/// A month of progress over the caller's plan projects (a unit sees the projects it is responsible for or that lie in
/// its town): one query for the plan, one for the year's reports up to that month.
/// </summary>
internal sealed class ProgressQueries(SchedulingDbContext db, IAnnualPlanDirectory plan)
{
    public Task<IReadOnlyList<PlannedProjectInfo>> PlanAsync(int year, CurrentUser user, CancellationToken ct) =>
        plan.GetProjectsAsync(year, user.ScopedDepartmentId, ct);

    public async Task<IReadOnlyList<ProjectProgressDto>> MonthAsync(int year, int month, IReadOnlyList<PlannedProjectInfo> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.ProjectId).ToList();
        var reports = (await db.MonthlyReports.AsNoTracking()
                .Where(r => r.Year == year && r.Month <= month && ids.Contains(r.ProjectId))
                .ToListAsync(ct))
            .ToLookup(r => r.ProjectId);
        return projects.Select(p => ToDto(p, month, reports[p.ProjectId].ToList())).ToList();
    }

    /// <summary>The project's figures as of the month: cumulative before and including it, and its latest status.</summary>
    public static ProjectProgressDto ToDto(PlannedProjectInfo project, int month, IReadOnlyList<MonthlyReport> yearReports)
    {
        var upToMonth = yearReports.Where(r => r.Month <= month).OrderBy(r => r.Month).ToList();
        var report = upToMonth.FirstOrDefault(r => r.Month == month);
        var before = upToMonth.Where(r => r.Month < month).Sum(r => r.InvestmentThisMonth);
        var cumulative = before + (report?.InvestmentThisMonth ?? 0);
        return new ProjectProgressDto(
            project.ProjectId, project.Name, project.Code, project.Type, project.PlannedInvestment, project.PlannedStartMonth, project.ResponsibleUnit,
            report is null ? null : new MonthlyReportDto(
                report.InvestmentThisMonth, report.Status, report.ActualStartDate, report.Progress, report.InStatistics, report.Problem,
                report.ProblemCategoryCode, report.ReportedAtUtc, report.ConcurrencyStamp),
            before,
            cumulative,
            project.PlannedInvestment > 0 ? decimal.Round(cumulative / project.PlannedInvestment, 4) : null,
            upToMonth.LastOrDefault()?.Status);
    }

    public static bool StartedBefore(IEnumerable<MonthlyReport> yearReports, int month) =>
        yearReports.Any(r => r.Month < month && MonthlyReportRules.HasStarted(r.Status));

    public Task<bool> CategoryExistsAsync(string code, CancellationToken ct) => db.ProblemCategories.AnyAsync(c => c.Code == code && c.IsActive, ct);
}

internal static class StartStatusFilter
{
    public static bool Matches(ProjectProgressDto item, bool? reported, StartStatus? status) =>
        (reported is null || (item.Report is not null) == reported) && (status is null || item.LatestStatus == status);
}
