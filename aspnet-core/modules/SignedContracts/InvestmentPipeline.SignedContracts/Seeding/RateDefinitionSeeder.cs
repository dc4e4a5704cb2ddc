using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Seeding;

/// <summary>The district's definitions (口径) of the contract figures, seeded in every mode as version 1.</summary>
internal sealed class RateDefinitionSeeder(SignedContractsDbContext db) : IDataSeeder
{
    private const string Cohort = "以签约年度（及所选签约活动、产业、责任单位）的签约项目为一批统计；终止项目计入分母";

    private static readonly (ContractRateCode Code, string Name, string Numerator, string Denominator)[] Defaults =
    [
        (ContractRateCode.FulfilmentRate, "履约率", "处于前期推进、已开工、已投产状态的签约项目数", "该批签约项目数"),
        (ContractRateCode.FundsArrivalRate, "资金到位率", "该批签约项目截至目前的累计到位资金", "该批签约项目的协议投资额合计"),
        (ContractRateCode.StartRate, "开工率", "已开工或已投产的签约项目数（含已登记实际开工日期的）", "该批签约项目数"),
        (ContractRateCode.ProductionRate, "投产率", "已投产的签约项目数（含已登记实际投产日期的）", "该批签约项目数"),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.RateDefinitions.Select(d => d.Code).ToListAsync(cancellationToken);
        foreach (var (code, name, numerator, denominator) in Defaults.Where(d => !existing.Contains(d.Code)))
        {
            db.RateDefinitions.Add(new ContractRateDefinition
            {
                Id = Guid.NewGuid(), Code = code, Name = name, Numerator = numerator, Denominator = denominator, Scope = Cohort,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
