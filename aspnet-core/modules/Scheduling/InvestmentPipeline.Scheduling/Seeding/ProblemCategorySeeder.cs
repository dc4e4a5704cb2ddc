using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Seeding;

/// <summary>The blocking-problem categories of the 项目月度进展表, seeded in every mode.</summary>
internal sealed class ProblemCategorySeeder(SchedulingDbContext db) : IDataSeeder
{
    private static readonly (string Code, string Name)[] Categories =
    [
        ("DEMOLITION", "拆迁未完成"), ("FUNDING", "资金未落实"), ("OTHER_WORKS", "受其他工程影响"), ("PRE_PROCEDURES", "前期手续不完善"),
        ("DESIGN_CHANGE", "设计变更"), ("LAND", "用地未落实"), ("OTHER", "其他"),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.ProblemCategories.Select(c => c.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, name) in Categories)
        {
            order += 10;
            if (!existing.Contains(code))
            {
                db.ProblemCategories.Add(new ProblemCategory { Id = Guid.NewGuid(), Code = code, Name = name, SortOrder = order });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
