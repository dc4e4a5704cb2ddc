using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Seeding;

/// <summary>
/// Demo mode only: this year's 前期工作经费, with the allocations the speech mentions for 西海度假村 and 七星台森林公园.
/// The amounts and dates are invented.
/// </summary>
internal sealed class DemoPreWorkFundSeeder(ReserveDbContext db, SeedSettings seed, TimeProvider time) : IDataSeeder
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        if (!seed.Demo || await db.PreWorkFundYears.AnyAsync(y => y.Year == today.Year, cancellationToken))
        {
            return;
        }

        var projects = await db.Projects.Where(p => p.Name == "原青棉总厂片区整体开发(西海度假村)" || p.Name == "七星台森林公园")
            .ToDictionaryAsync(p => p.Name, cancellationToken);
        if (projects.Count < 2)
        {
            return;
        }

        var funds = PreWorkFundYear.Open(today.Year);
        funds.SetBudget(5_000_000m);
        var xihai = funds.Allocate(projects["原青棉总厂片区整体开发(西海度假村)"].Id, projects["原青棉总厂片区整体开发(西海度假村)"].State, 1_200_000m, "编制可行性研究报告及规划设计", today.AddDays(-60));
        funds.Allocate(projects["七星台森林公园"].Id, projects["七星台森林公园"].State, 800_000m, "总体规划及环境影响评价", today.AddDays(-45));
        xihai.RecordSpending(today.AddDays(-30), 450_000m, "可研报告编制费（首期）", today);
        db.PreWorkFundYears.Add(funds);
        await db.SaveChangesAsync(cancellationToken);
    }
}
