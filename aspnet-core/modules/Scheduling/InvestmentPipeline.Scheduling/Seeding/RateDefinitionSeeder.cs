using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Seeding;

/// <summary>The district's definitions of its rates (口径), seeded in every mode as version 1.</summary>
internal sealed class RateDefinitionSeeder(SchedulingDbContext db) : IDataSeeder
{
    private const string ToStartApart = "以年度重点项目计划为准；拟开工项目单独统计，不计入本比率；已竣工项目视为已开(复)工";

    private static readonly RateDefinition[] Defaults =
    [
        new() { Code = RateCode.StartOrResumeRate, Name = "开复工率", Numerator = "新建项目已开工数 + 续建项目已复工数", Denominator = "新建项目数 + 续建项目数", Scope = ToStartApart },
        new() { Code = RateCode.StartRate, Name = "开工率", Numerator = "新建项目已开工数", Denominator = "新建项目数", Scope = ToStartApart },
        new() { Code = RateCode.ResumeRate, Name = "复工率", Numerator = "续建项目已复工数", Denominator = "续建项目数", Scope = ToStartApart },
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.RateDefinitions.Select(d => d.Code).ToListAsync(cancellationToken);
        foreach (var definition in Defaults.Where(d => !existing.Contains(d.Code)))
        {
            db.RateDefinitions.Add(new RateDefinition
            {
                Id = Guid.NewGuid(), Code = definition.Code, Name = definition.Name, Numerator = definition.Numerator,
                Denominator = definition.Denominator, Scope = definition.Scope,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
