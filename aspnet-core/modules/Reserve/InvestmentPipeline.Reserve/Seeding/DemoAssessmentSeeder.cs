using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Seeding;

/// <summary>
/// Demo mode only: the commission's scores (政策契合度, 经济效益, 社会效益) for the demo projects still being prepared,
/// so that the ranking page is not empty. THE SCORES ARE INVENTED, as are the demo projects' figures (<see cref="DemoProjects"/>).
/// 妇保院业务用房 is left unscored on purpose, to show how 未评分 reads.
/// </summary>
internal sealed class DemoAssessmentSeeder(ReserveDbContext db, SeedSettings seed, TimeProvider time) : IDataSeeder
{
    private static readonly IReadOnlyDictionary<string, (int Policy, int Economic, int Social)> Scores = new Dictionary<string, (int, int, int)>
    {
        ["新平大道东延段"] = (90, 75, 80),
        ["古驿大道停车场"] = (70, 65, 75),
        ["乐都路"] = (75, 55, 80),
        ["湟中路"] = (75, 55, 78),
        ["化隆路"] = (72, 52, 76),
        ["享堂路"] = (74, 58, 77),
        ["互助路周边环境整治二期"] = (80, 45, 85),
        ["湟水河流域祁家川支流生态修复"] = (95, 40, 90),
        ["妇幼保健计划生育服务中心"] = (88, 50, 95),
        ["西城小学全面改薄"] = (85, 35, 92),
        ["富硒生态旅游文化产业园"] = (92, 90, 70),
        ["镇足球场"] = (60, 30, 70),
        ["档案馆"] = (65, 25, 60),
        ["九家巷商住小区"] = (50, 85, 55),
        ["健康养老基地"] = (85, 70, 88),
        ["原青棉总厂片区整体开发(西海度假村)"] = (88, 92, 72),
        ["七星台森林公园"] = (90, 60, 85),
    };

    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!seed.Demo || await db.ProjectAssessments.AnyAsync(cancellationToken))
        {
            return;
        }

        var criteria = await db.RankingCriteria.Where(c => c.Kind == RankingCriterionKind.Assessed).ToDictionaryAsync(c => c.Code, cancellationToken);
        var names = Scores.Keys.ToList();
        var projects = await db.Projects.Where(p => names.Contains(p.Name)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var project in projects.Where(p => p.ReviewStatus == ReviewStatus.Accepted && p.State is (ProjectState.Reserve or ProjectState.PreConstruction)))
        {
            var (policy, economic, social) = Scores[project.Name];
            foreach (var (code, score) in new[] { ("POLICY", policy), ("ECONOMIC", economic), ("SOCIAL", social) })
            {
                if (criteria.TryGetValue(code, out var criterion))
                {
                    db.ProjectAssessments.Add(ProjectAssessment.Create(project, criterion, score, null, now));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
