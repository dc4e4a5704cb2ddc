using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Features.Statistics;

namespace InvestmentPipeline.Scheduling.Tests;

/// <summary>Every figure of one hand-computed month (June 2024), so that a changed definition shows here first.</summary>
public sealed class StatisticsRuleTests
{
    private const decimal Wan = 10_000m;
    private static readonly DateOnly Today = new(2024, 12, 31);
    private readonly List<MonthlyReport> reports = [];

    private static PlannedProjectInfo Project(string name, ConstructionType type, decimal plannedWan, string sector = "MUNICIPAL") =>
        new(Guid.NewGuid(), name, name, null, type, plannedWan * Wan, null, sector, Guid.Empty, null, "区住建局", null, "区住建局", plannedWan * Wan);

    private void Report(PlannedProjectInfo project, int month, decimal wan, StartStatus status, bool? inStatistics = true, string? category = null)
    {
        var started = reports.Any(r => r.ProjectId == project.ProjectId && MonthlyReportRules.HasStarted(r.Status));
        var date = MonthlyReportRules.HasStarted(status) ? new DateOnly(2024, month, 1) : (DateOnly?)null;
        reports.Add(MonthlyReport.Submit(project.ProjectId, 2024, month,
            new MonthlyReportDetails(wan * Wan, status, date, null, inStatistics, category is null ? null : "问题", category),
            new ReportContext(project.Type, Today, started), DateTime.UtcNow));
    }

    private PlanStatistics June()
    {
        var n1 = Project("N1", ConstructionType.New, 1000);
        var n2 = Project("N2", ConstructionType.New, 500, "TRANSPORT");
        var n3 = Project("N3", ConstructionType.New, 800);
        var n4 = Project("N4", ConstructionType.New, 200);
        var n5 = Project("N5", ConstructionType.New, 300);
        var c1 = Project("C1", ConstructionType.Continuing, 2000);
        var c2 = Project("C2", ConstructionType.Continuing, 600);
        var t1 = Project("T1", ConstructionType.ToStart, 400);
        Report(n1, 3, 100, StartStatus.Started);
        Report(n1, 4, 200, StartStatus.Started);
        Report(n2, 5, 50, StartStatus.Started, inStatistics: false);
        Report(n3, 4, 0, StartStatus.NotStarted, inStatistics: null, category: "DEMOLITION");
        Report(c1, 3, 300, StartStatus.Resumed);
        Report(c1, 6, 100, StartStatus.Completed);
        Report(c2, 2, 0, StartStatus.NotResumed, inStatistics: null);
        Report(t1, 6, 10, StartStatus.Started);
        Report(n5, 7, 70, StartStatus.Started); // after June: not counted
        return PlanStatistics.Of(2024, 6, [n1, n2, n3, n4, n5, c1, c2, t1], YearToDate.From(reports, 6), lastYearSamePeriod: 500 * Wan);
    }

    [Fact]
    public void The_rates_count_started_new_and_resumed_continuing_projects_and_keep_to_start_ones_apart()
    {
        var june = June();

        june.Count(StatisticsFigure.New).ShouldBe(5);
        june.Count(StatisticsFigure.NewStarted).ShouldBe(2);
        june.Count(StatisticsFigure.Continuing).ShouldBe(2);
        june.Count(StatisticsFigure.ContinuingResumed).ShouldBe(1);
        june.StartRate.ShouldBe(0.4m);
        june.ResumeRate.ShouldBe(0.5m);
        june.StartOrResumeRate.ShouldBe(0.4286m);
        june.Count(StatisticsFigure.StartedOrResumed).ShouldBe(3);
        june.Count(StatisticsFigure.NewOrContinuing).ShouldBe(7);
        june.ToStartRate.ShouldBe(1m);
        june.Count(StatisticsFigure.NotStartedOrResumed).ShouldBe(4);
        june.Count(StatisticsFigure.StartedNotInStatistics).ShouldBe(1);
    }

    [Fact]
    public void Investment_is_the_months_up_to_june_against_the_plan_time_and_last_year()
    {
        var june = June();

        june.InvestmentCompleted.ShouldBe(760 * Wan);
        june.AnnualPlanInvestment.ShouldBe(5800 * Wan);
        june.PlanCompletionRate.ShouldBe(0.131m);
        june.TimeElapsedRate.ShouldBe(0.5m);
        june.YoyGrowth.ShouldBe(0.52m);
        (june with { LastYearSamePeriod = null }).YoyGrowth.ShouldBeNull();
    }

    [Fact]
    public void Targets_show_their_gap_in_points_or_yuan_and_whether_they_are_due()
    {
        var targets = new List<PlanTargetInfo> { new(PlanTargetKind.NewStarted, 6, 80), new(PlanTargetKind.AnnualInvestment, 12, 2000 * Wan) };

        var dto = StatisticsQueries.ToDto(June(), StatisticsQueries.Entered, targets, []);

        dto.Targets.ShouldBe(
        [
            new TargetGapDto(PlanTargetKind.NewStarted, 6, 80, 40m, 40m, true),
            new TargetGapDto(PlanTargetKind.AnnualInvestment, 12, 2000 * Wan, 760 * Wan, 1240 * Wan, false),
        ]);
        dto.BySector.Single(s => s.SectorCode == "TRANSPORT").ShouldBe(new SectorFiguresDto("TRANSPORT", 1, 1, 500 * Wan, 50 * Wan));
        dto.ByType.Single(t => t.Type == ConstructionType.Continuing).ShouldBe(new TypeFiguresDto(ConstructionType.Continuing, 2, 1, 2600 * Wan, 400 * Wan));
    }
}
