using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>
/// What each maturity stage needs, checked from the project's own data (有深度、有前景、有效益, not by trust):
/// 谋划 needs the basics every project has; 前期 adds scope, planned start and a funding plan;
/// 成熟 adds funding that covers the estimate, a land plan and a planned completion. Higher stages include lower ones.
/// </summary>
internal static class MaturityRequirements
{
    public static IReadOnlyList<string> MissingFor(ProjectMaturity maturity, ProjectDetails project)
    {
        var missing = new List<string>();
        if (maturity >= ProjectMaturity.Preliminary)
        {
            Require(missing, !string.IsNullOrWhiteSpace(project.Scope), "缺少建设规模及主要内容");
            Require(missing, project.PlannedStart is not null, "缺少计划开工时间");
            Require(missing, project.FundingSources.Count > 0, "缺少资金来源");
        }

        if (maturity >= ProjectMaturity.Mature)
        {
            Require(missing, project.FundingSources.Sum(f => f.Amount) >= project.TotalInvestment, "资金来源合计未覆盖总投资（资金未落实到渠道）");
            Require(missing, !string.IsNullOrWhiteSpace(project.LandPlan), "缺少用地计划");
            Require(missing, project.PlannedCompletion is not null, "缺少计划竣工时间");
        }

        return missing;
    }

    private static void Require(List<string> missing, bool met, string message)
    {
        if (!met)
        {
            missing.Add(message);
        }
    }
}
