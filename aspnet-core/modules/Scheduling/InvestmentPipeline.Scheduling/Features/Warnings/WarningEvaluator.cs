using System.Diagnostics;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Warnings;
using InvestmentPipeline.Scheduling.Features.Progress;
using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>
/// Runs the warning rules over a year's plan as of a month and saves the warnings, their history and the run in one
/// SaveChanges. The nightly job evaluates the last month whose reports are due (the month before today in Shanghai).
/// </summary>
internal sealed class WarningEvaluator(
    SchedulingDbContext db, IAnnualPlanDirectory plan, YearToDateReports yearToDate, PreProcedureStatusReader preProcedures, TimeProvider time)
{
    /// <summary>The month before today in Shanghai: the latest month units have had to report.</summary>
    public (int Year, int Month) CurrentPeriod()
    {
        var lastMonth = ShanghaiClock.Today(time).AddMonths(-1);
        return (lastMonth.Year, lastMonth.Month);
    }

    /// <summary>The year's evaluation of its latest month.</summary>
    public async Task<WarningEvaluation?> LatestAsync(int year, CancellationToken ct) =>
        await db.WarningEvaluations.AsNoTracking().Where(e => e.Year == year).OrderByDescending(e => e.Month).ThenByDescending(e => e.StartedAtUtc)
            .FirstOrDefaultAsync(ct);

    public async Task<WarningEvaluation> RunAsync(int year, int month, EvaluationTrigger trigger, string? by, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var run = new WarningEvaluation
        {
            Id = Guid.NewGuid(), Year = year, Month = month, Trigger = trigger, By = by, StartedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var latest = await LatestAsync(year, ct);
        BusinessRuleValidationException.Check(new EvaluationMovesForwardRule(run, latest, ShanghaiClock.Today(time)));

        var rules = await db.WarningRules.OrderBy(r => r.Code).ToListAsync(ct);
        var projects = await plan.GetProjectsAsync(year, null, ct);
        var asOf = await yearToDate.LoadAsync(year, month, projects, scoped: false, ct);
        var existing = await db.Warnings.Where(w => w.Year == year).ToDictionaryAsync(w => (w.ProjectId, w.Rule), ct);
        var statistics = PlanStatistics.Of(year, month, projects, asOf, null);
        var approvals = await preProcedures.LoadAsync(projects.Select(p => p.ProjectId).ToList(), ct);
        var measured = statistics.Projects.Select(p => p with { PreProcedures = approvals[p.Project.ProjectId] }).ToList();

        db.Warnings.AddRange(run.Apply(measured, rules, existing, run.StartedAtUtc));
        run.DurationMilliseconds = (int)clock.ElapsedMilliseconds;
        db.WarningEvaluations.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>The nightly run: the current period, or the year's latest month evaluated when someone has already gone further.</summary>
    public async Task<WarningEvaluation> RunNightlyAsync(CancellationToken ct)
    {
        var (year, month) = CurrentPeriod();
        if (await LatestAsync(year, ct) is { } latest && latest.Month > month)
        {
            month = latest.Month;
        }

        return await RunAsync(year, month, EvaluationTrigger.Nightly, null, ct);
    }
}

internal sealed class EvaluationMovesForwardRule(WarningEvaluation run, WarningEvaluation? latest, DateOnly today) : IBusinessRule
{
    public string Code => "Scheduling.EvaluationPeriod";

    public string Message => IsInFuture
        ? $"不能按 {run.Year} 年 {run.Month} 月评估：该月尚未到来"
        : $"{run.Year} 年预警已评估至 {latest!.Month} 月，不能按更早的月份重新评估";

    private bool IsInFuture => ShanghaiClock.IsFutureMonth(run.Year, run.Month, today);

    public bool IsBroken() => IsInFuture || (latest is not null && run.Month < latest.Month);
}
