using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Warnings;

namespace InvestmentPipeline.Scheduling.Tests;

/// <summary>The 前期手续 rule at its default thresholds (≥80 % of a step's limit yellow, >100 % red) on hand-computed cases.</summary>
public sealed class PreProceduresRuleTests
{
    private static readonly DateOnly Today = new(2025, 3, 18);
    private static readonly WarningRule Rule = WarningRule.Seed(WarningRuleCode.PreProcedures, "前期手续预警", "比例", "%", 80, 100, true, DateTime.UtcNow);

    private static ProjectAsOf Project(params LaggingApprovalStep[] lagging) => Project(null, lagging);

    private static ProjectAsOf Project(DateOnly? completedOn, params LaggingApprovalStep[] lagging) =>
        new(new PlannedProjectInfo(Guid.NewGuid(), "乐都路", "乐都路", null, ConstructionType.New, 1m, null, "MUNICIPAL", Guid.Empty, null, "区住建局", null, "区住建局", 2m), null, 0m)
        {
            PreProcedures = new PreProcedureStatus(Today, lagging, completedOn),
        };

    private static LaggingApprovalStep Step(string name, int elapsed, int limit) =>
        new(name, "区生态环境局", elapsed, limit, new DateOnly(2025, 3, 20), elapsed > limit);

    private static WarningFinding? Measure(ProjectAsOf project) => WarningMeasures.Measure(WarningRuleCode.PreProcedures, project, 2024, 12);

    [Theory]
    [InlineData(16, 20, "Yellow")] // 80 %: the department is reminded
    [InlineData(20, 20, "Yellow")] // at the limit, not past it
    [InlineData(21, 20, "Red")] // past the limit: overdue
    [InlineData(1999, 2500, null)] // 79.96 % is cut to 79.9, not rounded up to 80
    public void A_step_is_yellow_from_80_percent_of_its_limit_and_red_past_it(int elapsed, int limit, string? level)
    {
        var finding = Measure(Project(Step("环评审批", elapsed, limit)))!;

        Rule.LevelFor(finding.Measure)?.ToString().ShouldBe(level);
    }

    [Fact]
    public void The_worst_step_sets_the_measure_and_every_lagging_step_is_named_with_its_department_and_due_date()
    {
        var finding = Measure(Project(Step("节能审查", 17, 20), Step("环评审批", 63, 60)))!;

        finding.Measure.ShouldBe(105.0m);
        finding.Data.ShouldBe("截至2025年3月18日，前期审批步骤「环评审批」（区生态环境局）应于2025年3月20日前办结，已用 63/60 个工作日，已超时；" +
                              "「节能审查」（区生态环境局）应于2025年3月20日前办结，已用 17/20 个工作日，即将到期");
    }

    [Fact]
    public void No_lagging_step_or_completed_approvals_raise_nothing()
    {
        Measure(Project()).ShouldBeNull();
        Measure(Project(new DateOnly(2025, 3, 17), Step("环评审批", 63, 60))).ShouldBeNull();
        WarningMeasures.Measure(WarningRuleCode.PreProcedures, Project() with { PreProcedures = null }, 2024, 12).ShouldBeNull();
    }
}
