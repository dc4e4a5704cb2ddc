using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>
/// A month of progress over the caller's plan projects (a unit sees the projects it is responsible for or that lie in
/// its town): the plan, then the year as of that month.
/// </summary>
internal sealed class ProgressQueries(SchedulingDbContext db, IAnnualPlanDirectory plan, YearToDateReports yearToDate)
{
    public Task<IReadOnlyList<PlannedProjectInfo>> PlanAsync(int year, CurrentUser user, CancellationToken ct) =>
        plan.GetProjectsAsync(year, user.ScopedDepartmentId, ct);

    /// <summary>Whether the project is in the year's plan within the user's data scope.</summary>
    public async Task<bool> SeesAsync(int year, Guid projectId, CurrentUser user, CancellationToken ct) =>
        (await PlanAsync(year, user, ct)).Any(p => p.ProjectId == projectId);

    public async Task<IReadOnlyList<ProjectProgressDto>> MonthAsync(
        int year, int month, IReadOnlyList<PlannedProjectInfo> projects, CurrentUser user, CancellationToken ct)
    {
        var asOf = await yearToDate.LoadAsync(year, month, projects, user.ScopedDepartmentId is not null, ct);
        return projects.Select(p => ToDto(p, month, asOf)).ToList();
    }

    /// <summary>The project's figures as of the month: cumulative before and including it, and its latest status.</summary>
    public static ProjectProgressDto ToDto(PlannedProjectInfo project, int month, YearToDate asOf)
    {
        var latest = asOf.LatestOf(project.ProjectId);
        var report = latest?.Month == month ? latest : null;
        var cumulative = asOf.TotalOf(project.ProjectId);
        var before = cumulative - (report?.InvestmentThisMonth ?? 0);
        return new ProjectProgressDto(
            project.ProjectId, project.Name, project.Code, project.Type, project.PlannedInvestment, project.PlannedStartMonth, project.ResponsibleDepartmentName,
            report is null ? null : new MonthlyReportDto(
                report.InvestmentThisMonth, report.Status, report.ActualStartDate, report.Progress, report.InStatistics, report.Problem,
                report.ProblemCategoryCode, report.ReportedAtUtc, report.ConcurrencyStamp),
            before,
            cumulative,
            project.PlannedInvestment > 0 ? decimal.Round(cumulative / project.PlannedInvestment, 4) : null,
            latest?.Status);
    }

    public static bool StartedBefore(IEnumerable<MonthlyReport> yearReports, int month) =>
        yearReports.Any(r => r.Month < month && MonthlyReportRules.HasStarted(r.Status));

    public Task<bool> CategoryExistsAsync(string code, CancellationToken ct) => db.ProblemCategories.AnyAsync(c => c.Code == code && c.IsActive, ct);
}
