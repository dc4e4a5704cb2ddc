using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Warnings;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Tests;

/// <summary>
/// Each default rule on hand-computed cases at its thresholds (start: ≥0 / >3 months; progress: ≥10 / >30 points;
/// 入库: ≥1 / >2 months), and the evaluation's memory: one warning per cause, red held until made up, exemptions.
/// </summary>
public sealed class WarningRuleTests
{
    private const int Year = 2025;
    private const decimal Wan = 10_000m;
    private static readonly DateTime Now = new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly List<MonthlyReport> reports = [];

    private static WarningRule Rule(WarningRuleCode code) => code switch
    {
        WarningRuleCode.Start => WarningRule.Seed(code, "开工预警", "月数", "个月", 0, 3, true, Now),
        WarningRuleCode.Progress => WarningRule.Seed(code, "进度预警", "百分点", "个百分点", 10, 30, true, Now),
        _ => WarningRule.Seed(code, "入库预警", "月数", "个月", 1, 2, true, Now),
    };

    private static PlannedProjectInfo Project(ConstructionType type, decimal plannedWan, int? startMonth) =>
        new(Guid.NewGuid(), "项目", "项目", null, type, plannedWan * Wan, startMonth is { } m ? new DateOnly(Year, m, 1) : null, "MUNICIPAL", Guid.Empty, null, "区住建局", null, "区住建局", plannedWan * Wan);

    private void Report(PlannedProjectInfo project, int month, decimal wan, StartStatus status, DateOnly? started = null, bool? inStatistics = true)
    {
        var earlier = reports.Any(r => r.ProjectId == project.ProjectId && MonthlyReportRules.HasStarted(r.Status));
        reports.Add(MonthlyReport.Submit(project.ProjectId, Year, month,
            new MonthlyReportDetails(wan * Wan, status, started, null, inStatistics, null, null), new ReportContext(project.Type, new DateOnly(Year, 12, 31), earlier), Now));
    }

    private ProjectAsOf AsOf(PlannedProjectInfo project, int month)
    {
        var year = YearToDate.From(reports.Where(r => r.ProjectId == project.ProjectId), month);
        return new ProjectAsOf(project, year.LatestOf(project.ProjectId), year.TotalOf(project.ProjectId));
    }

    private WarningLevel? LevelOf(WarningRuleCode code, PlannedProjectInfo project, int month) =>
        WarningMeasures.Measure(code, AsOf(project, month), Year, month) is { } finding ? Rule(code).LevelFor(finding.Measure) : null;

    [Fact]
    public void A_start_is_yellow_once_its_planned_month_ends_and_red_more_than_three_months_later()
    {
        var late = Project(ConstructionType.New, 1000, startMonth: 6);
        var onTime = Project(ConstructionType.New, 1000, startMonth: 6);
        Report(onTime, 6, 100, StartStatus.Started, new DateOnly(Year, 6, 20));

        LevelOf(WarningRuleCode.Start, late, 5).ShouldBeNull();
        LevelOf(WarningRuleCode.Start, late, 6).ShouldBe(WarningLevel.Yellow);
        LevelOf(WarningRuleCode.Start, late, 9).ShouldBe(WarningLevel.Yellow);
        LevelOf(WarningRuleCode.Start, late, 10).ShouldBe(WarningLevel.Red);
        LevelOf(WarningRuleCode.Start, onTime, 10).ShouldBeNull();
        WarningMeasures.Measure(WarningRuleCode.Start, AsOf(late, 10), Year, 10)!.Data.ShouldBe("计划2025年6月开工，截至2025年10月末仍未开工（计划月份之后已过 4 个月）");
    }

    [Fact]
    public void Progress_is_measured_in_points_behind_the_time_elapsed_since_the_planned_start()
    {
        var atTen = Project(ConstructionType.Continuing, 1200, startMonth: null);
        var atThirty = Project(ConstructionType.Continuing, 1200, startMonth: null);
        var pastThirty = Project(ConstructionType.Continuing, 1200, startMonth: null);
        var september = Project(ConstructionType.New, 400, startMonth: 9);
        Report(atTen, 6, 480, StartStatus.Resumed, new DateOnly(Year, 2, 1));     // 40.0% of plan at 50.0% of the year: 10.0 behind
        Report(atThirty, 6, 240, StartStatus.Resumed, new DateOnly(Year, 2, 1));  // 20.0%: 30.0 behind
        Report(pastThirty, 6, 230, StartStatus.Resumed, new DateOnly(Year, 2, 1)); // 19.2%: 30.8 behind
        Report(september, 10, 100, StartStatus.Started, new DateOnly(Year, 9, 1)); // 25.0% at 2 of 4 months (50.0%): 25.0 behind

        WarningMeasures.Measure(WarningRuleCode.Progress, AsOf(atTen, 6), Year, 6)!.Measure.ShouldBe(10.0m);
        LevelOf(WarningRuleCode.Progress, atTen, 6).ShouldBe(WarningLevel.Yellow);
        LevelOf(WarningRuleCode.Progress, atThirty, 6).ShouldBe(WarningLevel.Yellow);
        WarningMeasures.Measure(WarningRuleCode.Progress, AsOf(pastThirty, 6), Year, 6)!.Measure.ShouldBe(30.8m);
        LevelOf(WarningRuleCode.Progress, pastThirty, 6).ShouldBe(WarningLevel.Red);
        LevelOf(WarningRuleCode.Progress, atTen, 5).ShouldBe(WarningLevel.Red); // nothing reported by May: 41.7 behind
        LevelOf(WarningRuleCode.Progress, september, 6).ShouldBeNull();
        WarningMeasures.Measure(WarningRuleCode.Progress, AsOf(september, 10), Year, 10)!.Measure.ShouldBe(25.0m);
        LevelOf(WarningRuleCode.Progress, september, 10).ShouldBe(WarningLevel.Yellow);
    }

    [Fact]
    public void Not_entering_the_statistics_database_is_yellow_a_month_after_the_start_and_red_after_two()
    {
        var project = Project(ConstructionType.New, 1000, startMonth: 3);
        var entered = Project(ConstructionType.New, 1000, startMonth: 3);
        foreach (var month in new[] { 3, 4, 5, 6 })
        {
            Report(project, month, 10, StartStatus.Started, new DateOnly(Year, 3, 10), inStatistics: false);
            Report(entered, month, 10, StartStatus.Started, new DateOnly(Year, 3, 10), inStatistics: true);
        }

        LevelOf(WarningRuleCode.Statistics, project, 3).ShouldBeNull();
        LevelOf(WarningRuleCode.Statistics, project, 4).ShouldBe(WarningLevel.Yellow);
        LevelOf(WarningRuleCode.Statistics, project, 5).ShouldBe(WarningLevel.Yellow);
        LevelOf(WarningRuleCode.Statistics, project, 6).ShouldBe(WarningLevel.Red);
        LevelOf(WarningRuleCode.Statistics, entered, 6).ShouldBeNull();
    }

    private (List<Warning> Added, WarningEvaluation Run) Evaluate(
        IReadOnlyList<PlannedProjectInfo> plan, int month, IReadOnlyList<WarningRule> rules, Dictionary<(Guid, WarningRuleCode), Warning> existing)
    {
        var run = new WarningEvaluation { Year = Year, Month = month };
        var added = run.Apply(plan.Select(p => AsOf(p, month)).ToList(), rules, existing, Now);
        foreach (var warning in added)
        {
            existing[(warning.ProjectId, warning.Rule)] = warning;
        }

        return (added, run);
    }

    [Fact]
    public void A_cause_is_raised_once_stays_red_until_made_up_even_when_the_threshold_rises_and_reopens_when_it_falls_behind_again()
    {
        var project = Project(ConstructionType.Continuing, 1200, startMonth: null);
        var progress = Rule(WarningRuleCode.Progress);
        var existing = new Dictionary<(Guid, WarningRuleCode), Warning>();
        Report(project, 6, 230, StartStatus.Resumed, new DateOnly(Year, 2, 1)); // 30.8 behind in June

        var first = Evaluate([project], 6, [progress], existing);
        var again = Evaluate([project], 6, [progress], existing);
        var warning = first.Added.Single();
        warning.Level.ShouldBe(WarningLevel.Red);
        again.Added.ShouldBeEmpty();
        warning.Events.Count.ShouldBe(1);

        progress.Change(10, 50, enabled: true, hasDataSource: true, Now); // a laxer threshold does not clear a shortfall
        Evaluate([project], 6, [progress], existing);
        warning.Level.ShouldBe(WarningLevel.Red);
        warning.Threshold.ShouldBe(30);

        Report(project, 7, 280, StartStatus.Resumed, new DateOnly(Year, 2, 1)); // 510 of 1200 = 42.5% at 58.3%: 15.8 behind
        var july = Evaluate([project], 7, [progress], existing);
        warning.Level.ShouldBe(WarningLevel.Yellow);
        july.Run.Reduced.ShouldBe(1);

        Report(project, 8, 200, StartStatus.Resumed, new DateOnly(Year, 2, 1)); // 710 = 59.2% at 66.7%: 7.5 behind
        Evaluate([project], 8, [progress], existing).Run.Resolved.ShouldBe(1);
        warning.Status.ShouldBe(WarningStatus.Resolved);

        Report(project, 9, 0, StartStatus.Resumed, new DateOnly(Year, 2, 1)); // 59.2% at 75.0%: 15.8 behind
        var september = Evaluate([project], 9, [progress], existing);
        september.Added.ShouldBeEmpty();
        september.Run.Raised.ShouldBe(1);
        warning.Status.ShouldBe(WarningStatus.Open);
        warning.SinceMonth.ShouldBe(9);
        warning.Events.Select(e => e.Kind).ShouldBe(
            [WarningEventKind.Raised, WarningEventKind.Reduced, WarningEventKind.Resolved, WarningEventKind.Reopened]);
    }

    [Fact]
    public void An_exemption_is_asked_once_and_once_granted_the_evaluation_leaves_the_warning_exempted()
    {
        var project = Project(ConstructionType.New, 1000, startMonth: 3);
        var start = Rule(WarningRuleCode.Start);
        var existing = new Dictionary<(Guid, WarningRuleCode), Warning>();
        var warning = Evaluate([project], 8, [start], existing).Added.Single();

        warning.RequestExemption("因国土空间规划调整暂缓实施", "城投公司", Now);
        Should.Throw<BusinessRuleValidationException>(() => warning.RequestExemption("再次申请", "城投公司", Now)).Code.ShouldBe("Scheduling.ExemptionNotOpen");
        warning.DecideExemption(grant: true, "理由充分", "重点办", Now);
        Evaluate([project], 10, [start], existing);

        warning.Status.ShouldBe(WarningStatus.Exempted);
        warning.Exemption.ShouldBe(ExemptionStatus.Granted);
        warning.Measure.ShouldBe(7); // the data stays current for the lists
        Should.Throw<BusinessRuleValidationException>(() => warning.DecideExemption(grant: false, null, "重点办", Now)).Code.ShouldBe("Scheduling.ExemptionNotRequested");
    }

    [Fact]
    public void A_project_leaving_the_plan_or_a_disabled_rule_closes_its_open_warnings()
    {
        var leaving = Project(ConstructionType.New, 1000, startMonth: 3);
        var staying = Project(ConstructionType.New, 1000, startMonth: 3);
        var start = Rule(WarningRuleCode.Start);
        var statistics = Rule(WarningRuleCode.Statistics);
        var existing = new Dictionary<(Guid, WarningRuleCode), Warning>();
        Evaluate([leaving, staying], 5, [start, statistics], existing).Added.Count.ShouldBe(2);

        var run = Evaluate([staying], 6, [start, statistics], existing).Run;
        existing[(leaving.ProjectId, WarningRuleCode.Start)].Events[^1].Kind.ShouldBe(WarningEventKind.LeftPlan);
        run.OpenYellow.ShouldBe(1);

        start.Change(0, 3, enabled: false, hasDataSource: true, Now);
        Evaluate([staying], 7, [start, statistics], existing).Run.Resolved.ShouldBe(1);
        existing[(staying.ProjectId, WarningRuleCode.Start)].Status.ShouldBe(WarningStatus.Resolved);
    }

    [Fact]
    public void Thresholds_must_be_ordered_and_a_rule_without_its_data_cannot_be_enabled()
    {
        Should.Throw<BusinessRuleValidationException>(() => Rule(WarningRuleCode.Progress).Change(30, 10, true, true, Now)).Code.ShouldBe("Scheduling.WarningThresholds");
        var preProcedures = WarningRule.Seed(WarningRuleCode.PreProcedures, "前期手续预警", "工作日", "个工作日", 1, 10, false, Now);
        Should.Throw<BusinessRuleValidationException>(() => preProcedures.Change(1, 10, true, false, Now)).Code.ShouldBe("Scheduling.WarningRuleWithoutData");
        var rule = Rule(WarningRuleCode.Statistics);
        rule.Change(1, 2, true, true, Now);
        rule.Version.ShouldBe(1);
        rule.Change(1, 3, true, true, Now);
        rule.Version.ShouldBe(2);
    }
}
