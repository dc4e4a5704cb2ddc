using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class CurationRuleTests
{
    private static ProjectDetails Details(string? scope = null, DateOnly? start = null, DateOnly? completion = null, string? landPlan = null, params FundingSource[] funding) =>
        new("测试项目", null, InvestmentRegime.Approval, "MUNICIPAL", null, Guid.NewGuid(), "单位", scope, 1000m, funding, start, completion, ProjectMaturity.Planning, landPlan);

    [Fact]
    public void Planning_needs_only_what_every_project_has()
    {
        MaturityRequirements.MissingFor(ProjectMaturity.Planning, Details()).ShouldBeEmpty();
    }

    [Fact]
    public void Preliminary_needs_scope_a_planned_start_and_a_funding_plan()
    {
        MaturityRequirements.MissingFor(ProjectMaturity.Preliminary, Details())
            .ShouldBe(["缺少建设规模及主要内容", "缺少计划开工时间", "缺少资金来源"]);
        MaturityRequirements.MissingFor(ProjectMaturity.Preliminary, Details("规模", new DateOnly(2026, 3, 1), null, null, new FundingSource(FundingChannel.DistrictFinance, 10m, false, null)))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Mature_also_needs_funding_that_covers_the_estimate_a_land_plan_and_a_planned_completion()
    {
        var partlyFunded = Details("规模", new DateOnly(2026, 3, 1), null, null, new FundingSource(FundingChannel.DistrictFinance, 999.99m, false, null));
        var ready = Details("规模", new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1), "已纳入国土空间规划", new FundingSource(FundingChannel.DistrictFinance, 1000m, false, null));

        MaturityRequirements.MissingFor(ProjectMaturity.Mature, partlyFunded)
            .ShouldBe(["资金来源合计未覆盖总投资（资金未落实到渠道）", "缺少用地计划", "缺少计划竣工时间"]);
        MaturityRequirements.MissingFor(ProjectMaturity.Mature, ready).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ReviewStatus.Draft, ReviewStatus.Submitted, null, false)]
    [InlineData(ReviewStatus.Returned, ReviewStatus.Submitted, null, false)]
    [InlineData(ReviewStatus.Submitted, ReviewStatus.Submitted, null, true)]
    [InlineData(ReviewStatus.Accepted, ReviewStatus.Submitted, null, true)]
    [InlineData(ReviewStatus.Submitted, ReviewStatus.Accepted, null, false)]
    [InlineData(ReviewStatus.Submitted, ReviewStatus.Returned, null, true)]
    [InlineData(ReviewStatus.Submitted, ReviewStatus.Returned, "补充用地计划", false)]
    [InlineData(ReviewStatus.Submitted, ReviewStatus.Rejected, " ", true)]
    [InlineData(ReviewStatus.Draft, ReviewStatus.Accepted, null, true)]
    public void Submission_and_review_follow_the_library_workflow(ReviewStatus from, ReviewStatus to, string? comment, bool broken) =>
        new ReviewTransitionRule(from, to, comment).IsBroken().ShouldBe(broken);
}
