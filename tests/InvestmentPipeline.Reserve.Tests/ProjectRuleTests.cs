using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class ProjectRuleTests
{
    [Theory]
    [InlineData("袁家村·河湟印象", "袁家村河湟印象")]
    [InlineData("袁家村 河湟印象项目", "袁家村河湟印象")]
    [InlineData("原青棉总厂片区整体开发(西海度假村)", "原青棉总厂片区整体开发（西海度假村）")]
    [InlineData("乐都路工程", "乐都路")]
    public void Near_identical_names_share_one_key(string a, string b) =>
        ProjectNameKey.Of(a).ShouldBe(ProjectNameKey.Of(b));

    [Theory]
    [InlineData("乐都路", "湟中路")]
    [InlineData("项目", "工程")]
    public void Different_names_keep_different_keys(string a, string b) =>
        ProjectNameKey.Of(a).ShouldNotBe(ProjectNameKey.Of(b));

    [Theory]
    [InlineData(ProjectState.Reserve, ProjectState.PreConstruction, true)]
    [InlineData(ProjectState.PreConstruction, ProjectState.UnderConstruction, true)]
    [InlineData(ProjectState.UnderConstruction, ProjectState.Completed, true)]
    [InlineData(ProjectState.Reserve, ProjectState.UnderConstruction, false)]
    [InlineData(ProjectState.UnderConstruction, ProjectState.PreConstruction, false)]
    [InlineData(ProjectState.UnderConstruction, ProjectState.Terminated, true)]
    [InlineData(ProjectState.Completed, ProjectState.Terminated, false)]
    [InlineData(ProjectState.Terminated, ProjectState.Reserve, false)]
    public void The_lifecycle_moves_one_step_forward_or_ends_in_termination(ProjectState from, ProjectState to, bool allowed) =>
        ProjectStateTransitionRule.Allowed(from, to).ShouldBe(allowed);

    [Fact]
    public void Terminating_needs_a_reason()
    {
        new ProjectStateTransitionRule(ProjectState.Reserve, ProjectState.Terminated, " ").IsBroken().ShouldBeTrue();
        new ProjectStateTransitionRule(ProjectState.Reserve, ProjectState.Terminated, "规划调整").IsBroken().ShouldBeFalse();
    }

    [Theory]
    [InlineData("2023-630203-48-01-012345", false)]
    [InlineData("2023-63020-48-01-012345", true)]
    [InlineData("XM-001", true)]
    [InlineData(null, false)]
    public void A_project_code_follows_the_national_format(string? code, bool broken) =>
        new ProjectCodeMustBeNationalFormatRule(code).IsBroken().ShouldBe(broken);

    [Fact]
    public void Funding_may_not_add_up_to_more_than_the_total_investment()
    {
        FundingSource[] sources = [new(FundingChannel.CentralBudget, 600m, true, null), new(FundingChannel.DistrictFinance, 400.01m, false, null)];

        new FundingCannotExceedTotalInvestmentRule(1000m, sources).IsBroken().ShouldBeTrue();
        new FundingCannotExceedTotalInvestmentRule(1000.01m, sources).IsBroken().ShouldBeFalse();
    }
}
