using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class FundingChannelRuleTests
{
    private const string NoRevenuePlan = "缺少收益与融资平衡方案";

    /// <summary>A project that meets every stage's requirements; tests take away what they test.</summary>
    private static ProjectDetails Project(
        InvestmentRegime regime = InvestmentRegime.Approval, ProjectMaturity maturity = ProjectMaturity.Mature,
        string? feasibility = "区发改投资〔2026〕1号", string? revenuePlan = "收费收入覆盖本息 1.2 倍", string? landPlan = "已纳入国土空间规划") =>
        new("测试项目", null, regime, "MUNICIPAL", null, Guid.NewGuid(), "单位", "规模", 1000m,
            [new FundingSource(FundingChannel.SpecialBonds, 1000m, false, null)], new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1),
            maturity, landPlan, feasibility, revenuePlan);

    [Fact]
    public void A_complete_government_project_meets_every_channel()
    {
        foreach (var channel in Enum.GetValues<FundingChannel>())
        {
            FundingChannelRequirements.MissingFor(channel, Project()).ShouldBeEmpty(channel.ToString());
        }
    }

    [Fact]
    public void Central_budget_funds_only_government_projects_with_an_approved_feasibility_study()
    {
        FundingChannelRequirements.MissingFor(FundingChannel.CentralBudget, Project(feasibility: null))
            .ShouldBe(["可行性研究报告尚未批复（缺少可研批复文号）"]);
        FundingChannelRequirements.MissingFor(FundingChannel.CentralBudget, Project(InvestmentRegime.Filing))
            .ShouldBe(["中央预算内投资只支持审批制（政府投资）项目"]);
        FundingChannelRequirements.MissingFor(FundingChannel.CentralBudget, Project(maturity: ProjectMaturity.Preliminary, landPlan: null)).ShouldBeEmpty();
    }

    [Fact]
    public void Special_bonds_need_a_revenue_plan_and_a_mature_project()
    {
        FundingChannelRequirements.MissingFor(FundingChannel.SpecialBonds, Project(maturity: ProjectMaturity.Preliminary, revenuePlan: " "))
            .ShouldBe([NoRevenuePlan, "成熟度须达到「成熟」（当前「前期」）"]);
        // The claimed stage is checked against the project's data: a 成熟 claim without a land plan is not enough.
        FundingChannelRequirements.MissingFor(FundingChannel.SpecialBonds, Project(landPlan: null)).ShouldBe(["缺少用地计划"]);
        FundingChannelRequirements.MissingFor(FundingChannel.SpecialBonds, Project(InvestmentRegime.Verification))
            .ShouldBe(["专项债券只支持审批制（政府投资）项目"]);
    }

    [Fact]
    public void Bank_loans_need_a_revenue_plan_and_at_least_preliminary_maturity()
    {
        FundingChannelRequirements.MissingFor(FundingChannel.BankLoan, Project(InvestmentRegime.Filing, ProjectMaturity.Planning, revenuePlan: null))
            .ShouldBe([NoRevenuePlan, "成熟度须达到「前期」（当前「谋划」）"]);
    }

    [Fact]
    public void Social_capital_suits_enterprise_projects_and_government_ones_with_a_revenue_plan()
    {
        FundingChannelRequirements.MissingFor(FundingChannel.SocialCapital, Project(InvestmentRegime.Filing, revenuePlan: null)).ShouldBeEmpty();
        FundingChannelRequirements.MissingFor(FundingChannel.SocialCapital, Project(InvestmentRegime.Approval, revenuePlan: null))
            .ShouldBe(["政府投资项目引入社会资本须有收益与融资平衡方案"]);
    }

    [Theory]
    [InlineData(FundingChannel.CityFinance)]
    [InlineData(FundingChannel.DistrictFinance)]
    [InlineData(FundingChannel.Other)]
    public void Budget_channels_need_only_preliminary_maturity(FundingChannel channel)
    {
        FundingChannelRequirements.MissingFor(channel, Project(InvestmentRegime.Filing, ProjectMaturity.Preliminary, null, null, null)).ShouldBeEmpty();
        FundingChannelRequirements.MissingFor(channel, Project(maturity: ProjectMaturity.Planning)).ShouldBe(["成熟度须达到「前期」（当前「谋划」）"]);
    }
}
