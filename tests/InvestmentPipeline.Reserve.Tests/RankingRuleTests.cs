using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class RankingRuleTests
{
    private static readonly RankingCriterion Policy = RankingCriterion.Create("POLICY", "政策契合度", 25, RankingCriterionKind.Assessed, 10);
    private static readonly RankingCriterion Economic = RankingCriterion.Create("ECONOMIC", "经济效益", 20, RankingCriterionKind.Assessed, 20);
    private static readonly RankingCriterion Social = RankingCriterion.Create("SOCIAL", "社会效益", 15, RankingCriterionKind.Assessed, 30);
    private static readonly RankingCriterion Maturity = RankingCriterion.Create("MATURITY", "项目成熟度", 25, RankingCriterionKind.Maturity, 40);
    private static readonly RankingCriterion Funding = RankingCriterion.Create("FUNDING", "资金落实度", 15, RankingCriterionKind.FundingReadiness, 50);
    private static readonly RankingCriterion[] Defaults = [Policy, Economic, Social, Maturity, Funding];

    private static ProjectDetails Project(ProjectMaturity maturity = ProjectMaturity.Mature, decimal total = 1000m, decimal secured = 400m) =>
        new("测试项目", null, InvestmentRegime.Approval, "MUNICIPAL", null, Guid.NewGuid(), "单位", "规模", total,
            [new FundingSource(FundingChannel.DistrictFinance, secured, true, null), new FundingSource(FundingChannel.DistrictFinance, total - secured, false, null)],
            new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1), maturity, "用地计划");

    [Fact]
    public void The_score_is_the_weighted_average_with_unscored_criteria_counting_zero_and_flagged()
    {
        var score = ProjectScore.Of(Defaults, Project(secured: 400m), new Dictionary<Guid, int> { [Policy.Id] = 83, [Economic.Id] = 67 });

        // 25×83 + 20×67 + 15×0 + 25×100 (成熟) + 15×40 (400 of 1000 secured) = 6515 → 65.15 → 65.2
        score.Total.ShouldBe(65.2m);
        score.Criteria.Select(c => c.Contribution).ShouldBe([20.75m, 13.4m, 0m, 25m, 6m]);
        var social = score.Criteria.Single(c => c.Name == "社会效益");
        social.Assessed.ShouldBeFalse();
        social.Score.ShouldBe(0m);
        score.Reason.ShouldBe("最强的是「项目成熟度」（100 分），最弱的是「资金落实度」（40 分）；「社会效益」未评分，按 0 分计。");
    }

    [Theory]
    [InlineData(ProjectMaturity.Planning, 40)]
    [InlineData(ProjectMaturity.Preliminary, 70)]
    [InlineData(ProjectMaturity.Mature, 100)]
    public void Maturity_scores_by_stage(ProjectMaturity maturity, int expected)
    {
        var score = ProjectScore.Of([RankingCriterion.Create("M", "项目成熟度", 100, RankingCriterionKind.Maturity, 1)], Project(maturity), new Dictionary<Guid, int>());

        score.Total.ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(333.33, 33.3)]
    [InlineData(1000, 100)]
    public void Funding_readiness_is_the_secured_share_of_the_total_investment(decimal secured, decimal expected)
    {
        var score = ProjectScore.Of([RankingCriterion.Create("F", "资金落实度", 100, RankingCriterionKind.FundingReadiness, 1)], Project(secured: secured), new Dictionary<Guid, int>());

        score.Total.ShouldBe(expected);
    }

    [Fact]
    public void Inactive_criteria_neither_count_nor_appear_in_the_reason()
    {
        var economic = RankingCriterion.Create("ECONOMIC", "经济效益", 20, RankingCriterionKind.Assessed, 20);
        var policy = RankingCriterion.Create("POLICY", "政策契合度", 100, RankingCriterionKind.Assessed, 10);
        economic.Edit("经济效益", 20, isActive: false);

        var score = ProjectScore.Of([policy, economic], Project(), new Dictionary<Guid, int> { [policy.Id] = 90 });

        score.Total.ShouldBe(90m);
        score.Criteria.ShouldHaveSingleItem().Name.ShouldBe("政策契合度");
        score.Reason.ShouldBe("仅「政策契合度」有得分（90 分）。");
    }

    [Fact]
    public void Active_weights_must_total_100()
    {
        var edited = RankingCriterion.Create("X", "带动就业", 10, RankingCriterionKind.Assessed, 60);

        new ActiveCriteriaWeightsMustTotal100Rule(Defaults).IsBroken().ShouldBeFalse();
        var broken = new ActiveCriteriaWeightsMustTotal100Rule([.. Defaults, edited]);
        broken.IsBroken().ShouldBeTrue();
        broken.Message.ShouldBe("启用的评分标准权重合计须为 100（当前为 110）");
        edited.Edit("带动就业", 10, isActive: false);
        new ActiveCriteriaWeightsMustTotal100Rule([.. Defaults, edited]).IsBroken().ShouldBeFalse();
        Should.Throw<BusinessRuleValidationException>(() => edited.Edit("带动就业", 101, true)).Code.ShouldBe("Reserve.RankingWeightRange");
    }

    [Fact]
    public void Only_judgement_criteria_are_scored_by_hand_and_only_within_0_to_100()
    {
        var project = Reserve.Domain.Project.Create(Project(), DateTime.UtcNow);
        project.MarkAccepted();

        Should.Throw<BusinessRuleValidationException>(() => ProjectAssessment.Create(project, Maturity, 80, null, DateTime.UtcNow)).Code.ShouldBe("Reserve.CriterionNotAssessed");
        Should.Throw<BusinessRuleValidationException>(() => ProjectAssessment.Create(project, Policy, 101, null, DateTime.UtcNow)).Code.ShouldBe("Reserve.AssessmentScoreRange");
        ProjectAssessment.Create(project, Policy, 100, null, DateTime.UtcNow).Score.ShouldBe(100);
    }

    [Fact]
    public void Projects_outside_the_library_or_past_preparation_are_not_assessed()
    {
        var draft = Reserve.Domain.Project.Create(Project(), DateTime.UtcNow);
        var building = Reserve.Domain.Project.Create(Project(), DateTime.UtcNow);
        building.MarkAccepted();
        building.MoveTo(ProjectState.PreConstruction, null);
        building.MoveTo(ProjectState.UnderConstruction, null);

        Should.Throw<BusinessRuleValidationException>(() => ProjectAssessment.Create(draft, Policy, 50, null, DateTime.UtcNow)).Code.ShouldBe("Reserve.ProjectNotRankable");
        Should.Throw<BusinessRuleValidationException>(() => ProjectAssessment.Create(building, Policy, 50, null, DateTime.UtcNow)).Code.ShouldBe("Reserve.ProjectNotRankable");
    }
}
