using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Statistics;

/// <summary>
/// Loads what the figures need (the plan, the year as of the month, last year's total) and computes them in memory.
/// The caller's data scope limits the plan, so a unit sees its own.
/// </summary>
internal sealed class StatisticsQueries(SchedulingDbContext db, IAnnualPlanDirectory plan, YearToDateReports yearToDate)
{
    public const string FromReports = "reports";
    public const string Entered = "entered";

    /// <summary>The figures for a department's projects, or district-wide without one (the brief).</summary>
    public async Task<(PlanStatistics Statistics, string? LastYearSource)> ComputeAsync(int year, int month, Guid? departmentScope, CancellationToken ct)
    {
        var projects = await plan.GetProjectsAsync(year, departmentScope, ct);
        var asOf = await yearToDate.LoadAsync(year, month, projects, departmentScope is not null, ct);
        var (lastYear, source) = await LastYearAsync(year - 1, month, departmentScope, ct);
        return (PlanStatistics.Of(year, month, projects, asOf, lastYear), source);
    }

    /// <summary>In the order of <see cref="RateCode"/> (the column holds the names, which sort differently).</summary>
    public async Task<List<RateDefinition>> DefinitionsAsync(CancellationToken ct) =>
        (await db.RateDefinitions.AsNoTracking().ToListAsync(ct)).OrderBy(d => d.Code).ToList();

    /// <summary>Last year's reports here when there are any; else the figure the district recorded (district-wide only).</summary>
    private async Task<(decimal? Amount, string? Source)> LastYearAsync(int year, int month, Guid? departmentScope, CancellationToken ct)
    {
        var scope = departmentScope is null ? null : (await plan.GetProjectsAsync(year, departmentScope, ct)).Select(p => p.ProjectId).ToList();
        var reports = db.MonthlyReports.Where(r => r.Year == year);
        if (scope is not null)
        {
            reports = reports.Where(r => scope.Contains(r.ProjectId));
        }

        if (await reports.AnyAsync(ct))
        {
            return (await reports.Where(r => r.Month <= month).SumAsync(r => r.InvestmentThisMonth, ct), FromReports);
        }

        if (scope is not null)
        {
            return (null, null);
        }

        var entered = await db.HistoricalInvestments.AsNoTracking().FirstOrDefaultAsync(h => h.Year == year && h.Month == month, ct);
        return entered is null ? (null, null) : (entered.CumulativeInvestment, Entered);
    }

    public static StatisticsDto ToDto(PlanStatistics s, string? lastYearSource, IReadOnlyList<PlanTargetInfo> targets, IReadOnlyList<RateDefinition> definitions) => new(
        s.Year, s.Month,
        s.Count(StatisticsFigure.Plan), s.Count(StatisticsFigure.New), s.Count(StatisticsFigure.NewStarted), s.Count(StatisticsFigure.Continuing),
        s.Count(StatisticsFigure.ContinuingResumed), s.Count(StatisticsFigure.ToStart), s.Count(StatisticsFigure.ToStartStarted),
        s.StartRate, s.ResumeRate, s.StartOrResumeRate,
        s.InvestmentCompleted, s.LastYearSamePeriod, s.YoyGrowth, lastYearSource,
        s.AnnualPlanInvestment, s.PlanCompletionRate, s.TimeElapsedRate,
        s.Count(StatisticsFigure.NotStartedOrResumed), s.Count(StatisticsFigure.StartedNotInStatistics),
        Enum.GetValues<ConstructionType>().Select(type => Figures(s.Projects.Where(p => p.Project.Type == type).ToList(), (count, started, planned, done) =>
            new TypeFiguresDto(type, count, started, planned, done))).ToList(),
        s.Projects.GroupBy(p => p.Project.SectorCode).OrderBy(g => g.Key).Select(g => Figures(g.ToList(), (count, started, planned, done) =>
            new SectorFiguresDto(g.Key, count, started, planned, done))).ToList(),
        targets.Select(t => Gap(s, t)).ToList(),
        definitions.Select(d => new RateDefinitionDto(d.Code, d.Name, d.Numerator, d.Denominator, d.Scope, d.Version)).ToList());

    public static StatisticsProjectDto ToProjectDto(ProjectAsOf p) => new(
        p.Project.ProjectId, p.Project.Name, p.Project.Code, p.Project.Type, p.Project.SectorCode, p.Project.ResponsibleDepartmentName, p.Project.PlannedInvestment,
        p.InvestmentCompleted, p.Status, p.Latest?.ActualStartDate, p.Latest?.InStatistics, p.Latest?.ProblemCategoryCode, p.Latest?.Problem);

    private static T Figures<T>(List<ProjectAsOf> projects, Func<int, int, decimal, decimal, T> make) =>
        make(projects.Count, projects.Count(p => p.HasStarted), projects.Sum(p => p.Project.PlannedInvestment), projects.Sum(p => p.InvestmentCompleted));

    /// <summary>The rates' targets are percentages: the gap is in percentage points; the investment's in yuan.</summary>
    private static TargetGapDto Gap(PlanStatistics s, PlanTargetInfo target)
    {
        var actual = target.Kind == PlanTargetKind.AnnualInvestment ? s.InvestmentCompleted : s.RateFor(target.Kind) * 100;
        return new TargetGapDto(target.Kind, target.Month, target.Value, actual, actual is { } a ? decimal.Round(target.Value - a, 2) : null, s.Month >= target.Month);
    }
}
