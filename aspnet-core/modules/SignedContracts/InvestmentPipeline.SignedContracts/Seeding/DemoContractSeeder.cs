using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.SharedKernel.Time;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Seeding;

/// <summary>
/// Demo mode only: a dozen signed contracts of the 第二十三届 (2022) and 第二十四届 (2023) 青洽会 and of 以商招商, in the
/// five target industries. Every company, amount, date, milestone and funds figure is invented (the speech stars them
/// out); one has an open coordination problem. None is landed here: 袁家村·河湟印象 is already in the
/// Reserve demo library, and a landing would enter it a second time (landing by link needs the project's id, which the
/// seeders do not share).
/// </summary>
internal sealed class DemoContractSeeder(SignedContractsDbContext db, IDepartmentDirectory departments, SeedSettings seed, TimeProvider time) : IDataSeeder
{
    private static readonly Actor Seeder = new(null, "演示数据");

    // Invented: project, company, signed on, event, industry, 万元 contracted, 万元 arrived, state, department code, actual start, actual production.
    private static readonly (string Project, string Company, DateOnly SignedOn, string? Event, string Industry, decimal Amount, decimal Funds,
        FulfilmentState State, string Department, DateOnly? Started, DateOnly? Produced)[] Contracts =
    [
        ("富硒生态旅游文化产业园", "青海硒旅文化发展有限公司", new(2022, 6, 28), "第二十三届青洽会", "ECO_TOURISM", 50000m, 12000m, FulfilmentState.UnderConstruction, "IPB", new(2023, 4, 10), null),
        ("富硒农产品精深加工园", "青海富硒农业科技有限公司", new(2022, 6, 28), "第二十三届青洽会", "FSE_PARK", 30000m, 18000m, FulfilmentState.Producing, "IPB", new(2022, 10, 8), new(2023, 9, 1)),
        ("富硒矿泉水生产线", "海东硒泉饮品有限公司", new(2022, 6, 29), "第二十三届青洽会", "FSE_WATER", 12000m, 3000m, FulfilmentState.Preparing, "TOWN02", null, null),
        ("富森物流综合产业园", "青海富森物流有限公司", new(2022, 6, 29), "第二十三届青洽会", "LOGISTICS", 80000m, 20000m, FulfilmentState.Stalled, "IPB", null, null),
        ("健康养老基地", "青海康寿养老服务有限公司", new(2023, 6, 16), "第二十四届青洽会", "WELLNESS", 25000m, 5000m, FulfilmentState.Preparing, "HEA", null, null),
        ("袁家村·河湟印象", "陕西袁家村文旅集团有限公司", new(2023, 6, 16), "第二十四届青洽会", "ECO_TOURISM", 60000m, 30000m, FulfilmentState.UnderConstruction, "IPB", new(2023, 11, 2), null),
        ("富硒茶饮品研发中心", "青海硒茶生物科技有限公司", new(2023, 6, 17), "第二十四届青洽会", "FSE_PARK", 8000m, 0m, FulfilmentState.NotStarted, "IPB", null, null),
        ("高原冷链物流中心", "青海雪域冷链物流有限公司", new(2023, 6, 17), "第二十四届青洽会", "LOGISTICS", 20000m, 2000m, FulfilmentState.Preparing, "TOWN01", null, null),
        ("温泉康体疗养中心", "青海汤泉健康产业有限公司", new(2023, 6, 18), "第二十四届青洽会", "WELLNESS", 15000m, 0m, FulfilmentState.Terminated, "IPB", null, null),
        ("富硒矿泉水二期扩能", "海东硒泉饮品有限公司", new(2024, 3, 20), "以商招商", "FSE_WATER", 6000m, 1500m, FulfilmentState.Preparing, "TOWN02", null, null),
        ("河湟民俗文化街区", "青海河湟文旅投资有限公司", new(2024, 5, 9), "以商招商", "ECO_TOURISM", 18000m, 0m, FulfilmentState.NotStarted, "TOWN03", null, null),
        ("电商物流分拨中心", "青海云仓供应链管理有限公司", new(2024, 8, 26), "以商招商", "LOGISTICS", 10000m, 4000m, FulfilmentState.UnderConstruction, "IPB", new(2025, 3, 18), null),
    ];

    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!seed.Demo || await db.Contracts.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = ShanghaiClock.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var byCode = (await departments.GetAllAsync(cancellationToken)).ToDictionary(d => d.Code);
        var numbers = new List<string>();
        foreach (var c in Contracts.Where(c => byCode.ContainsKey(c.Department) && c.SignedOn <= today))
        {
            var number = ContractNumber.Next(c.SignedOn.Year, numbers);
            numbers.Add(number);
            var contract = SignedContract.Create(Guid.NewGuid(), number,
                new ContractTerms(c.Project, c.Company, null, c.SignedOn, c.Event, c.Industry, c.Amount * 10_000m, byCode[c.Department].Id), null, "演示数据", Seeder, today, now);
            // An app started on an earlier clock (the tests) keeps only the actual dates that have already come.
            DateOnly? Past(DateOnly? date) => date <= today ? date : null;
            contract.SetMilestone(ContractMilestoneKind.RegisterCompany, c.SignedOn.AddMonths(2), c.State == FulfilmentState.NotStarted ? null : Past(c.SignedOn.AddMonths(2)), null, Seeder, today, now);
            contract.SetMilestone(ContractMilestoneKind.LandSupply, c.SignedOn.AddMonths(6), Past(c.Started), null, Seeder, today, now);
            contract.SetMilestone(ContractMilestoneKind.ConstructionStart, c.SignedOn.AddMonths(9), Past(c.Started), null, Seeder, today, now);
            contract.SetMilestone(ContractMilestoneKind.Production, c.SignedOn.AddMonths(24), Past(c.Produced), null, Seeder, today, now);
            contract.ImportState(c.State, Seeder, now);
            if (c.Funds > 0)
            {
                contract.AddFunds(c.SignedOn.AddMonths(3) is var on && on <= today ? on : today, c.Funds * 10_000m, FundsKind.LedgerImport, "演示数据：台账导入", null, Seeder, today, now);
            }

            if (c.Project == "富森物流综合产业园" && byCode.TryGetValue("NRB", out var nrb))
            {
                contract.RaiseProblem("物流园二期用地尚未完成土地征收，企业暂停后续投资", nrb.Id, nrb.Name, today.AddDays(20), Seeder, today, now);
            }

            db.Contracts.Add(contract);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
