using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Statistics;

/// <summary>The figures of the quarterly meeting as of a month, the projects behind each, and last years' recorded totals.</summary>
internal static class StatisticsEndpoints
{
    public static void MapStatistics(this RouteGroupBuilder scheduling)
    {
        var statistics = scheduling.MapGroup("/statistics");
        statistics.MapGet("/", GetAsync).RequirePermission(SchedulingPermissions.View).WithName("GetStatistics")
            .WithSummary("调度统计：开复工率、开工率、复工率、投资完成额、同比、计划完成率、目标差距（金额单位元，比率为 4 位小数）");
        statistics.MapGet("/projects", ProjectsAsync).RequirePermission(SchedulingPermissions.View).WithName("GetStatisticsProjects")
            .WithSummary("统计数字背后的项目清单（figure 指定哪一个数字，可按建设性质、行业、问题类别筛选）");
        statistics.MapGet("/trend", TrendAsync).RequirePermission(SchedulingPermissions.View).WithName("GetStatisticsTrend")
            .WithSummary("逐月走势：累计投资完成额、上年同期、开复工率（看板用）");
        statistics.MapGet("/history/{year:int:range(2000,2100)}", HistoryAsync).RequirePermission(SchedulingPermissions.Manage).WithName("GetHistoricalInvestment")
            .WithSummary("往年各月累计区管投资完成额（本系统之前的记录，用于同比）");
        statistics.MapPut("/history/{year:int:range(2000,2100)}", SaveHistoryAsync).RequirePermission(SchedulingPermissions.Manage).WithName("SaveHistoricalInvestment")
            .WithSummary("录入往年各月累计区管投资完成额");
    }

    private static async Task<Results<Ok<StatisticsDto>, ValidationProblem>> GetAsync(
        int? year, int? month, HttpContext http, StatisticsQueries queries, IAnnualPlanDirectory plan, CancellationToken ct)
    {
        if (Period(year, month) is { } invalid)
        {
            return invalid;
        }

        var (statistics, source) = await queries.ComputeAsync(year!.Value, month!.Value, http.GetCurrentUser().ScopedDepartmentId, ct);
        var targets = http.GetCurrentUser().ScopedDepartmentId is null ? await plan.GetTargetsAsync(year.Value, ct) : [];
        return TypedResults.Ok(StatisticsQueries.ToDto(statistics, source, targets, await queries.DefinitionsAsync(ct)));
    }

    private static async Task<Results<Ok<PagedResult<StatisticsProjectDto>>, ValidationProblem>> ProjectsAsync(
        int? year, int? month, StatisticsFigure? figure, ConstructionType? type, string? sectorCode, string? problemCategoryCode, int? page, int? pageSize,
        HttpContext http, StatisticsQueries queries, CancellationToken ct)
    {
        if (Period(year, month) is { } invalid)
        {
            return invalid;
        }

        var (statistics, _) = await queries.ComputeAsync(year!.Value, month!.Value, http.GetCurrentUser().ScopedDepartmentId, ct);
        var projects = statistics.Projects
            .Where(p => p.Is(figure ?? StatisticsFigure.Plan))
            .Where(p => type is null || p.Project.Type == type)
            .Where(p => string.IsNullOrEmpty(sectorCode) || p.Project.SectorCode == sectorCode)
            .Where(p => string.IsNullOrEmpty(problemCategoryCode) || p.Latest?.ProblemCategoryCode == problemCategoryCode)
            .ToList();
        var paging = PageQuery.From(page, pageSize);
        return TypedResults.Ok(new PagedResult<StatisticsProjectDto>(
            projects.Skip(paging.Skip).Take(paging.PageSize).Select(StatisticsQueries.ToProjectDto).ToList(), projects.Count));
    }

    private static async Task<Results<Ok<StatisticsTrendDto>, ValidationProblem>> TrendAsync(int? year, HttpContext http, TrendQueries trend, CancellationToken ct) =>
        year is >= 2000 and <= 2100
            ? TypedResults.Ok(await trend.ComputeAsync(year.Value, http.GetCurrentUser().ScopedDepartmentId, ct))
            : ProblemResults.Invalid("year", "请指定年份（2000–2100）");

    private static async Task<Ok<List<HistoricalMonthDto>>> HistoryAsync(int year, SchedulingDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.HistoricalInvestments.AsNoTracking().Where(h => h.Year == year).OrderBy(h => h.Month)
            .Select(h => new HistoricalMonthDto(h.Month, h.CumulativeInvestment)).ToListAsync(ct));

    /// <summary>
    /// The months given replace the year's recorded ones; a cumulative total never falls from one month to the next.
    /// The district's recorded totals are the commission's: reading them needs the same permission as entering them.
    /// </summary>
    private static async Task<Results<Ok<List<HistoricalMonthDto>>, ValidationProblem>> SaveHistoryAsync(
        int year, SaveHistoricalInvestmentRequest request, SchedulingDbContext db, CancellationToken ct)
    {
        var months = (request.Months ?? []).OrderBy(m => m.Month).ToList();
        var errors = new Dictionary<string, string[]>();
        if (months.Count == 0)
        {
            errors["months"] = ["请填写各月累计完成额"];
        }
        else if (months.Any(m => m.Month is < 1 or > 12) || months.GroupBy(m => m.Month).Any(g => g.Count() > 1))
        {
            errors["months"] = ["月份须为 1 至 12 月且不重复"];
        }
        else if (months.Any(m => m.CumulativeInvestment < 0) || months.Zip(months.Skip(1)).Any(p => p.Second.CumulativeInvestment < p.First.CumulativeInvestment))
        {
            errors["months"] = ["累计完成额不能为负，也不能比上月少"];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        db.HistoricalInvestments.RemoveRange(await db.HistoricalInvestments.Where(h => h.Year == year).ToListAsync(ct));
        db.HistoricalInvestments.AddRange(months.Select(m => new HistoricalInvestment { Year = year, Month = m.Month, CumulativeInvestment = m.CumulativeInvestment }));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(months);
    }

    private static ValidationProblem? Period(int? year, int? month)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is not (>= 2000 and <= 2100))
        {
            errors["year"] = ["请指定年份（2000–2100）"];
        }

        if (month is not (>= 1 and <= 12))
        {
            errors["month"] = ["请指定月份（1–12）"];
        }

        return errors.Count == 0 ? null : ProblemResults.Invalid(errors);
    }
}
