using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>A plan project as of a month: its latest report up to then and its year-to-date investment.</summary>
internal sealed record ProjectAsOf(PlannedProjectInfo Project, MonthlyReport? Latest, decimal InvestmentCompleted)
{
    /// <summary>Its approvals, where the warnings need them (null elsewhere).</summary>
    public PreProcedureStatus? PreProcedures { get; init; }

    public StartStatus? Status => Latest?.Status;

    /// <summary>开工 for 新建 and 拟开工, 复工 for 续建; a completed project has started.</summary>
    public bool HasStarted => Latest is not null && MonthlyReportRules.HasStarted(Latest.Status);

    public bool StartedButNotInStatistics => HasStarted && Latest!.InStatistics != true;

    public bool Is(StatisticsFigure figure) => figure switch
    {
        StatisticsFigure.Plan => true,
        StatisticsFigure.New => Project.Type == ConstructionType.New,
        StatisticsFigure.NewStarted => Project.Type == ConstructionType.New && HasStarted,
        StatisticsFigure.NewNotStarted => Project.Type == ConstructionType.New && !HasStarted,
        StatisticsFigure.Continuing => Project.Type == ConstructionType.Continuing,
        StatisticsFigure.ContinuingResumed => Project.Type == ConstructionType.Continuing && HasStarted,
        StatisticsFigure.ContinuingNotResumed => Project.Type == ConstructionType.Continuing && !HasStarted,
        StatisticsFigure.ToStart => Project.Type == ConstructionType.ToStart,
        StatisticsFigure.ToStartStarted => Project.Type == ConstructionType.ToStart && HasStarted,
        StatisticsFigure.NotStartedOrResumed => Project.Type != ConstructionType.ToStart && !HasStarted,
        StatisticsFigure.StartedNotInStatistics => StartedButNotInStatistics,
        StatisticsFigure.NewOrContinuing => Project.Type != ConstructionType.ToStart,
        StatisticsFigure.StartedOrResumed => Project.Type != ConstructionType.ToStart && HasStarted,
        _ => false,
    };
}

/// <summary>
/// The figures of the quarterly meeting for one month, from the plan and the reports up to it:
/// 开复工率 = (新建已开工 + 续建已复工) ÷ (新建 + 续建); 开工率 = 新建已开工 ÷ 新建; 复工率 = 续建已复工 ÷ 续建 (拟开工 counted apart);
/// completion against the annual plan and against time elapsed; 同比 against the same months of last year.
/// Rates are fractions rounded to 4 decimals, null when their denominator is zero.
/// </summary>
internal sealed record PlanStatistics(int Year, int Month, IReadOnlyList<ProjectAsOf> Projects, decimal? LastYearSamePeriod)
{
    public int Count(StatisticsFigure figure) => Projects.Count(p => p.Is(figure));

    public decimal? StartRate => Rate(Count(StatisticsFigure.NewStarted), Count(StatisticsFigure.New));

    public decimal? ResumeRate => Rate(Count(StatisticsFigure.ContinuingResumed), Count(StatisticsFigure.Continuing));

    public decimal? StartOrResumeRate => Rate(Count(StatisticsFigure.StartedOrResumed), Count(StatisticsFigure.NewOrContinuing));

    public decimal? ToStartRate => Rate(Count(StatisticsFigure.ToStartStarted), Count(StatisticsFigure.ToStart));

    public decimal InvestmentCompleted => Projects.Sum(p => p.InvestmentCompleted);

    public decimal AnnualPlanInvestment => Projects.Sum(p => p.Project.PlannedInvestment);

    public decimal? YoyGrowth => LastYearSamePeriod is > 0 and var last ? decimal.Round((InvestmentCompleted - last) / last, 4) : null;

    public decimal? PlanCompletionRate => AnnualPlanInvestment > 0 ? decimal.Round(InvestmentCompleted / AnnualPlanInvestment, 4) : null;

    /// <summary>"时间过半": the share of the year gone by the end of the month.</summary>
    public decimal TimeElapsedRate => decimal.Round(Month / 12m, 4);

    public decimal? RateFor(PlanTargetKind kind) => kind switch
    {
        PlanTargetKind.ContinuingResumed => ResumeRate,
        PlanTargetKind.NewStarted => StartRate,
        PlanTargetKind.ToStartStarted => ToStartRate,
        _ => null,
    };

    public static PlanStatistics Of(int year, int month, IReadOnlyList<PlannedProjectInfo> plan, YearToDate asOf, decimal? lastYearSamePeriod) =>
        new(year, month, plan.Select(p => new ProjectAsOf(p, asOf.LatestOf(p.ProjectId), asOf.TotalOf(p.ProjectId))).ToList(), lastYearSamePeriod);

    private static decimal? Rate(int numerator, int denominator) => denominator == 0 ? null : decimal.Round((decimal)numerator / denominator, 4);
}
