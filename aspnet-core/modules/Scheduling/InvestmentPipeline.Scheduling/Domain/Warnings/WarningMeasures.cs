using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Domain.Warnings;

/// <summary>A rule's measure of one project as of a month (in the rule's unit) and the data behind it, in words.</summary>
internal sealed record WarningFinding(decimal Measure, string Data);

/// <summary>
/// How each rule measures a plan project as of the end of a month. Null when the rule does not apply (a project that has
/// started cannot be late to start; a project not yet due to start is not behind on investment).
/// </summary>
internal static class WarningMeasures
{
    public static WarningFinding? Measure(WarningRuleCode rule, ProjectAsOf project, int year, int month) => rule switch
    {
        WarningRuleCode.Start => StartDelay(project, year, month),
        WarningRuleCode.Progress => ProgressGap(project, year, month),
        WarningRuleCode.Statistics => MonthsNotInStatistics(project, year, month),
        WarningRuleCode.PreProcedures => ApprovalLimitUsed(project),
        _ => null,
    };

    /// <summary>
    /// The largest share of its working-day limit (%) that a pending approval step has used, as of the day the approvals
    /// were read (they are live, whatever the month evaluated): at 80 % the step is nearly due, above 100 % overdue.
    /// </summary>
    private static WarningFinding? ApprovalLimitUsed(ProjectAsOf project)
    {
        if (project.PreProcedures is not { Lagging.Count: > 0, CompletedOn: null } status)
        {
            return null;
        }

        var steps = status.Lagging.OrderByDescending(s => s.UsedPercent).ThenBy(s => s.DueOn).ToList();
        var lines = steps.Select(s =>
            $"「{s.StepName}」（{s.DepartmentName}）应于{s.DueOn.Year}年{s.DueOn.Month}月{s.DueOn.Day}日前办结，已用 {s.ElapsedWorkingDays}/{s.TimeLimitDays} 个工作日，" +
            (s.Overdue ? "已超时" : "即将到期"));
        var asOf = status.AsOf;
        return new WarningFinding(steps[0].UsedPercent, $"截至{asOf.Year}年{asOf.Month}月{asOf.Day}日，前期审批步骤{string.Join("；", lines)}");
    }

    /// <summary>Months since the planned start (resume) month ended without a start: 0 at the end of that month.</summary>
    private static WarningFinding? StartDelay(ProjectAsOf project, int year, int month)
    {
        if (project.HasStarted || project.Project.PlannedStartMonth is not { } planned || MonthIndex(year, month) < MonthIndex(planned))
        {
            return null;
        }

        var late = MonthIndex(year, month) - MonthIndex(planned);
        var verb = project.Project.Type == ConstructionType.Continuing ? "复工" : "开工";
        var cause = project.Latest?.Problem is { } problem ? $"；填报的问题：{problem}" : "";
        return new WarningFinding(late, $"计划{planned.Year}年{planned.Month}月{verb}，截至{year}年{month}月末仍未{verb}（计划月份之后已过 {late} 个月）{cause}");
    }

    /// <summary>
    /// Percentage points by which the year's completion (cumulative ÷ annual plan) trails the time elapsed. Time counts from
    /// the planned start month when there is one, so a project due to start in September is not behind in June.
    /// </summary>
    private static WarningFinding? ProgressGap(ProjectAsOf project, int year, int month)
    {
        var plan = project.Project.PlannedInvestment;
        var from = project.Project.PlannedStartMonth is { } start && start.Year == year ? start.Month : 1;
        if (plan <= 0 || month < from)
        {
            return null;
        }

        var elapsed = decimal.Round((month - from + 1) * 100m / (12 - from + 1), 1);
        var completed = decimal.Round(project.InvestmentCompleted * 100m / plan, 1);
        var gap = elapsed - completed;
        return new WarningFinding(gap,
            $"截至{year}年{month}月末累计完成投资 {project.InvestmentCompleted / 10_000m:N2} 万元，占年度计划 {plan / 10_000m:N2} 万元的 {completed:0.0}%；" +
            $"时序进度 {elapsed:0.0}%（自{from}月起），{(gap >= 0 ? $"落后 {gap:0.0}" : $"超前 {-gap:0.0}")} 个百分点");
    }

    /// <summary>Months since the actual start month without 入库.</summary>
    private static WarningFinding? MonthsNotInStatistics(ProjectAsOf project, int year, int month)
    {
        if (!project.StartedButNotInStatistics)
        {
            return null;
        }

        var started = project.Latest!.ActualStartDate ?? new DateOnly(year, project.Latest.Month, 1);
        var months = MonthIndex(year, month) - MonthIndex(started);
        var ready = project.PreProcedures?.CompletedOn is { } done ? $"；前期手续已于{done.Year}年{done.Month}月{done.Day}日办结，具备入库条件" : "";
        return new WarningFinding(months, $"{started.Year}年{started.Month}月已开(复)工，截至{year}年{month}月末仍未入库（已过 {months} 个月）{ready}");
    }

    private static int MonthIndex(int year, int month) => (year * 12) + month;

    private static int MonthIndex(DateOnly date) => MonthIndex(date.Year, date.Month);
}
