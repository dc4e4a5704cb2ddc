using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>
/// What a funding channel asks of a project before the commission can put it into a bid (资金渠道匹配):
/// 中央预算内投资 — a government-invested (审批制) project with its feasibility study approved, at least 前期;
/// 地方政府专项债券 — a 审批制 project with a revenue and financing balance plan, 成熟;
/// 银行贷款 — a revenue plan, at least 前期;
/// 社会资本 — an enterprise project (核准制/备案制) or, for a government project, a revenue plan; at least 前期;
/// 市级/区级财政 and 其他 — at least 前期.
/// The maturity is checked from the project's data (<see cref="MaturityRequirements"/>), not only from its claim.
/// </summary>
internal static class FundingChannelRequirements
{
    public static IReadOnlyList<string> MissingFor(FundingChannel channel, ProjectDetails project)
    {
        var missing = new List<string>();
        var hasRevenuePlan = !string.IsNullOrWhiteSpace(project.RevenuePlan);
        switch (channel)
        {
            case FundingChannel.CentralBudget:
                Require(missing, project.Regime == InvestmentRegime.Approval, "中央预算内投资只支持审批制（政府投资）项目");
                Require(missing, !string.IsNullOrWhiteSpace(project.FeasibilityApproval), "可行性研究报告尚未批复（缺少可研批复文号）");
                break;
            case FundingChannel.SpecialBonds:
                Require(missing, project.Regime == InvestmentRegime.Approval, "专项债券只支持审批制（政府投资）项目");
                Require(missing, hasRevenuePlan, "缺少收益与融资平衡方案");
                break;
            case FundingChannel.BankLoan:
                Require(missing, hasRevenuePlan, "缺少收益与融资平衡方案");
                break;
            case FundingChannel.SocialCapital:
                Require(missing, project.Regime != InvestmentRegime.Approval || hasRevenuePlan, "政府投资项目引入社会资本须有收益与融资平衡方案");
                break;
        }

        missing.AddRange(MaturityShortfall(channel == FundingChannel.SpecialBonds ? ProjectMaturity.Mature : ProjectMaturity.Preliminary, project));
        return missing;
    }

    private static IReadOnlyList<string> MaturityShortfall(ProjectMaturity required, ProjectDetails project) =>
        project.Maturity < required
            ? [$"成熟度须达到「{MaturityNames.Of(required)}」（当前「{MaturityNames.Of(project.Maturity)}」）"]
            : MaturityRequirements.MissingFor(required, project);

    private static void Require(List<string> missing, bool met, string message)
    {
        if (!met)
        {
            missing.Add(message);
        }
    }
}
