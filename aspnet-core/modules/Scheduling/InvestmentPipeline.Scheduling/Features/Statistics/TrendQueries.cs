using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Statistics;

/// <summary>One month of the year's curve: investment completed to its end, last year's to the same month, and the rates then.</summary>
public sealed record MonthTrendDto(int Month, decimal InvestmentCompleted, decimal? LastYearCumulative, decimal? StartOrResumeRate, decimal? StartRate, decimal? ResumeRate);

/// <summary>The dashboard's curve through the last month begun (all twelve for a past year), with the plan and the year's targets.</summary>
public sealed record StatisticsTrendDto(int Year, int ThroughMonth, decimal AnnualPlanInvestment, IReadOnlyList<MonthTrendDto> Months, IReadOnlyList<TargetGapDto> Targets);

/// <summary>
/// The month-by-month figures of a year from the reports as small tuples (project, month, amount, status): one read of
/// the year instead of twelve computations of the statistics.
/// </summary>
internal sealed class TrendQueries(SchedulingDbContext db, IAnnualPlanDirectory plan, TimeProvider time)
{
    private sealed record Row(Guid ProjectId, int Month, decimal Amount, StartStatus Status);

    public async Task<StatisticsTrendDto> ComputeAsync(int year, Guid? scope, CancellationToken ct)
    {
        var today = ShanghaiClock.Today(time);
        var through = year < today.Year ? 12 : year == today.Year ? today.Month : 0;
        var projects = await plan.GetProjectsAsync(year, scope, ct);
        var rows = (await RowsAsync(year, projects, scope is not null, ct)).ToLookup(r => r.ProjectId);
        var lastYear = await LastYearAsync(year - 1, scope, ct);
        var months = Enumerable.Range(1, through).Select(month =>
        {
            var asOf = projects.Select(p => (p, Latest: rows[p.ProjectId].Where(r => r.Month <= month).MaxBy(r => r.Month))).ToList();
            int Count(Func<PlannedProjectInfo, bool> which, bool started) =>
                asOf.Count(a => which(a.p) && (!started || (a.Latest is { } l && MonthlyReportRules.HasStarted(l.Status))));
            decimal? Rate(Func<PlannedProjectInfo, bool> which) => Count(which, false) is > 0 and var all ? decimal.Round((decimal)Count(which, true) / all, 4) : null;
            return new MonthTrendDto(
                month,
                projects.Sum(p => rows[p.ProjectId].Where(r => r.Month <= month).Sum(r => r.Amount)),
                lastYear?.Invoke(month),
                Rate(p => p.Type != ConstructionType.ToStart),
                Rate(p => p.Type == ConstructionType.New),
                Rate(p => p.Type == ConstructionType.Continuing));
        }).ToList();
        var targets = scope is null ? await plan.GetTargetsAsync(year, ct) : [];
        return new StatisticsTrendDto(year, through, projects.Sum(p => p.PlannedInvestment), months,
            targets.Select(t => new TargetGapDto(t.Kind, t.Month, t.Value, null, null, through >= t.Month)).ToList());
    }

    private async Task<List<Row>> RowsAsync(int year, IReadOnlyList<PlannedProjectInfo> projects, bool scoped, CancellationToken ct)
    {
        var reports = db.MonthlyReports.AsNoTracking().Where(r => r.Year == year);
        if (scoped)
        {
            var ids = projects.Select(p => p.ProjectId).ToList();
            reports = reports.Where(r => ids.Contains(r.ProjectId));
        }

        return await reports.Select(r => new Row(r.ProjectId, r.Month, r.InvestmentThisMonth, r.Status)).ToListAsync(ct);
    }

    /// <summary>Last year's cumulative by month: from its reports here, else (district-wide) from the recorded totals.</summary>
    private async Task<Func<int, decimal?>?> LastYearAsync(int year, Guid? scope, CancellationToken ct)
    {
        var projects = await plan.GetProjectsAsync(year, scope, ct);
        var rows = await RowsAsync(year, projects, scope is not null, ct);
        var inPlan = projects.Select(p => p.ProjectId).ToHashSet();
        if (rows.Count > 0)
        {
            var byMonth = rows.Where(r => inPlan.Contains(r.ProjectId)).GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
            return month => byMonth.Where(m => m.Key <= month).Sum(m => m.Value);
        }

        if (scope is not null)
        {
            return null;
        }

        var entered = await db.HistoricalInvestments.AsNoTracking().Where(h => h.Year == year).ToDictionaryAsync(h => h.Month, h => h.CumulativeInvestment, ct);
        return entered.Count == 0 ? null : month => entered.TryGetValue(month, out var total) ? total : null;
    }
}
