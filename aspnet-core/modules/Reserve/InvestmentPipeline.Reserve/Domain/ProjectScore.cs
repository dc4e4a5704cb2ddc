using System.Globalization;
using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>One criterion's part of a project's score: its score (0–100), weight × score ÷ 100, and whether it has been scored yet.</summary>
internal sealed record CriterionScore(Guid CriterionId, string Name, RankingCriterionKind Kind, int Weight, decimal Score, decimal Contribution, bool Assessed);

/// <summary>
/// A project's ranking score: Σ(weight × criterion score) ÷ 100 over the active criteria, rounded to one decimal.
/// 项目成熟度 scores 谋划 40 / 前期 70 / 成熟 100; 资金落实度 is secured funding ÷ total investment × 100 (at most 100);
/// a criterion the commission has not scored yet counts 0 and is flagged 未评分. The reason names the strongest and
/// weakest criteria, so the commission sees why a project stands where it does.
/// </summary>
internal sealed record ProjectScore(decimal Total, IReadOnlyList<CriterionScore> Criteria, string Reason)
{
    public static ProjectScore Of(IEnumerable<RankingCriterion> criteria, ProjectDetails project, IReadOnlyDictionary<Guid, int> assessedScores)
    {
        var scored = criteria.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => Score(c, project, assessedScores))
            .ToList();
        var total = decimal.Round(scored.Sum(c => c.Weight * c.Score) / 100m, 1, MidpointRounding.AwayFromZero);
        var shown = scored.Select(c => c with
        {
            Score = decimal.Round(c.Score, 1, MidpointRounding.AwayFromZero),
            Contribution = decimal.Round(c.Contribution, 2, MidpointRounding.AwayFromZero),
        }).ToList();
        return new ProjectScore(total, shown, Explain(scored));
    }

    public static decimal MaturityScore(ProjectMaturity maturity) => maturity switch
    {
        ProjectMaturity.Planning => 40m,
        ProjectMaturity.Preliminary => 70m,
        _ => 100m,
    };

    public static decimal FundingReadinessScore(ProjectDetails project)
    {
        var secured = project.FundingSources.Where(f => f.IsSecured).Sum(f => f.Amount);
        return project.TotalInvestment <= 0 ? 0m : Math.Min(100m, secured / project.TotalInvestment * 100m);
    }

    private static CriterionScore Score(RankingCriterion criterion, ProjectDetails project, IReadOnlyDictionary<Guid, int> assessedScores)
    {
        var (score, assessed) = criterion.Kind switch
        {
            RankingCriterionKind.Maturity => (MaturityScore(project.Maturity), true),
            RankingCriterionKind.FundingReadiness => (FundingReadinessScore(project), true),
            _ => assessedScores.TryGetValue(criterion.Id, out var given) ? ((decimal)given, true) : (0m, false),
        };
        return new CriterionScore(criterion.Id, criterion.Name, criterion.Kind, criterion.Weight, score, criterion.Weight * score / 100m, assessed);
    }

    private static string Explain(IReadOnlyList<CriterionScore> criteria)
    {
        var weighed = criteria.Where(c => c.Weight > 0).ToList();
        var scored = weighed.Where(c => c.Assessed).ToList();
        var parts = new List<string>();
        if (scored.Count == 1)
        {
            parts.Add($"仅「{scored[0].Name}」有得分（{Points(scored[0].Score)} 分）");
        }
        else if (scored.Count > 1)
        {
            var strongest = scored.MaxBy(c => c.Score)!;
            var weakest = scored.MinBy(c => c.Score)!;
            parts.Add(strongest.Score == weakest.Score
                ? $"各项得分均为 {Points(strongest.Score)} 分"
                : $"最强的是「{strongest.Name}」（{Points(strongest.Score)} 分），最弱的是「{weakest.Name}」（{Points(weakest.Score)} 分）");
        }

        var unscored = weighed.Where(c => !c.Assessed).Select(c => $"「{c.Name}」").ToList();
        if (unscored.Count > 0)
        {
            parts.Add($"{string.Join("、", unscored)}未评分，按 0 分计");
        }

        return parts.Count == 0 ? "尚无评分" : string.Join("；", parts) + "。";
    }

    private static string Points(decimal score) => decimal.Round(score, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
