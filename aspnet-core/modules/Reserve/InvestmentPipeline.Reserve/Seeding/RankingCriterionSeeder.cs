using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Seeding;

/// <summary>
/// The ranking criteria the commission starts from, seeded in every mode: only into an empty table, because once the
/// commission has edited them (weights totalling 100) adding one back would break the total.
/// </summary>
internal sealed class RankingCriterionSeeder(ReserveDbContext db) : IDataSeeder
{
    private static readonly (string Code, string Name, RankingCriterionKind Kind, int Weight)[] Criteria =
    [
        ("POLICY", "政策契合度", RankingCriterionKind.Assessed, 25),
        ("ECONOMIC", "经济效益", RankingCriterionKind.Assessed, 20),
        ("SOCIAL", "社会效益", RankingCriterionKind.Assessed, 15),
        ("MATURITY", "项目成熟度", RankingCriterionKind.Maturity, 25),
        ("FUNDING", "资金落实度", RankingCriterionKind.FundingReadiness, 15),
    ];

    public int Order => 15;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.RankingCriteria.AnyAsync(cancellationToken))
        {
            return;
        }

        var order = 0;
        foreach (var (code, name, kind, weight) in Criteria)
        {
            order += 10;
            db.RankingCriteria.Add(RankingCriterion.Create(code, name, weight, kind, order));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
