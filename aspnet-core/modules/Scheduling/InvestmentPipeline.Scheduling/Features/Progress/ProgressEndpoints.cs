using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>月度进展: the month's plan projects with their reports, and a unit's report for one of its projects.</summary>
internal static class ProgressEndpoints
{
    public const string OverAnnualPlanCode = "Scheduling.OverAnnualPlan";

    public const string MonthRoute = "/progress/{year:int:range(2000,2100)}/{month:int:range(1,12)}";

    public static void MapProgress(this RouteGroupBuilder scheduling)
    {
        var month = scheduling.MapGroup(MonthRoute);
        month.MapGet("/", ListAsync).RequirePermission(SchedulingPermissions.View).WithName("GetMonthlyProgress")
            .WithSummary("某月的计划项目及其月度进展（填报情况、累计完成投资、开复工状态）");
        month.MapPut("/{projectId:guid}", SaveAsync).RequirePermission(SchedulingPermissions.Report).WithName("SaveMonthlyReport")
            .WithSummary("填报或修改某项目某月的进展；累计超过年度计划须 confirmOverPlan");
    }

    private static async Task<Ok<MonthlyProgressDto>> ListAsync(
        int year, int month, string? search, bool? reported, StartStatus? status, int? page, int? pageSize,
        HttpContext http, ProgressQueries queries, CancellationToken ct)
    {
        var plan = await queries.PlanAsync(year, http.GetCurrentUser(), ct);
        var all = await queries.MonthAsync(year, month, plan, http.GetCurrentUser(), ct);
        var term = search?.Trim();
        var filtered = all
            .Where(p => string.IsNullOrEmpty(term) || p.Name.Contains(term, StringComparison.Ordinal) || (p.Code?.Contains(term, StringComparison.Ordinal) ?? false)
                || p.ResponsibleUnit.Contains(term, StringComparison.Ordinal))
            .Where(p => reported is null || (p.Report is not null) == reported)
            .Where(p => status is null || p.LatestStatus == status)
            .ToList();
        var paging = PageQuery.From(page, pageSize);
        return TypedResults.Ok(new MonthlyProgressDto(
            year, month, all.Count, all.Count(p => p.Report is not null), filtered.Skip(paging.Skip).Take(paging.PageSize).ToList(), filtered.Count));
    }

    private static async Task<Results<Ok<ProjectProgressDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        int year, int month, Guid projectId, SaveMonthlyReportRequest request, HttpContext http, SchedulingDbContext db, ProgressQueries queries,
        TimeProvider time, CancellationToken ct)
    {
        var project = (await queries.PlanAsync(year, http.GetCurrentUser(), ct)).FirstOrDefault(p => p.ProjectId == projectId);
        if (project is null)
        {
            return ProblemResults.NotFound($"{year} 年度计划中的该项目");
        }

        var category = Trimmed(request.ProblemCategoryCode);
        if (category is not null && !await queries.CategoryExistsAsync(category, ct))
        {
            return ProblemResults.Invalid("problemCategoryCode", "问题类别不存在");
        }

        var reports = await db.MonthlyReports.Where(r => r.ProjectId == projectId && r.Year == year).ToListAsync(ct);
        var existing = reports.FirstOrDefault(r => r.Month == month);
        if (existing is not null && existing.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该月进展已被他人修改，请刷新后重试。");
        }

        var details = new MonthlyReportDetails(
            request.InvestmentThisMonth, request.Status!.Value, request.ActualStartDate, Trimmed(request.Progress), request.InStatistics,
            Trimmed(request.Problem), Trimmed(request.Problem) is null ? null : category);
        var yearTotal = reports.Where(r => r.Month != month).Sum(r => r.InvestmentThisMonth) + details.InvestmentThisMonth;
        if (yearTotal > project.PlannedInvestment && !request.ConfirmOverPlan)
        {
            return ProblemResults.Problem(
                StatusCodes.Status422UnprocessableEntity,
                $"本年累计完成投资 {yearTotal / 10_000m:N2} 万元将超过年度计划投资 {project.PlannedInvestment / 10_000m:N2} 万元，请核实后确认提交。",
                OverAnnualPlanCode);
        }

        var context = new ReportContext(project.Type, ShanghaiClock.Today(time), ProgressQueries.StartedBefore(reports, month));
        var now = time.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            existing = MonthlyReport.Submit(projectId, year, month, details, context, now);
            db.MonthlyReports.Add(existing);
            reports.Add(existing);
        }
        else
        {
            existing.Change(details, context, now);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProgressQueries.ToDto(project, month, YearToDate.From(reports, month)));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
