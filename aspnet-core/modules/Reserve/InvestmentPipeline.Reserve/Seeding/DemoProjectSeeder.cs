using InvestmentPipeline.Reserve.Contracts;
using System.Globalization;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Seeding;

/// <summary>Demo mode only: the speech's projects (invented figures, see <see cref="DemoProjects"/>); never duplicates a name.</summary>
internal sealed class DemoProjectSeeder(ReserveDbContext db, IDepartmentDirectory departments, SeedSettings seed, TimeProvider time) : IDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!seed.Demo)
        {
            return;
        }

        var byCode = (await departments.GetAllAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Id);
        var existing = (await db.Projects.Select(p => p.NormalizedName).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var demo in DemoProjects.All.Where(d => !existing.Contains(ProjectNameKey.Of(d.Name))))
        {
            var total = demo.TotalWan * 10_000m;
            var secured = decimal.Round(total * demo.SecuredShare, 2);
            FundingSource[] sources = secured == total
                ? [new(demo.Channel, total, true, null)]
                : [new(demo.Channel, secured, true, null), new(demo.Channel, total - secured, false, "待落实")];
            var paperwork = DemoProjects.ChannelPaperwork.GetValueOrDefault(demo.Name);
            var details = new ProjectDetails(
                demo.Name, null, demo.Regime, demo.Sector, demo.Town is null ? null : byCode[demo.Town], byCode[demo.Department], demo.Unit, demo.Scope,
                total, sources, Month(demo.PlannedStart), Month(demo.PlannedCompletion),
                DemoProjects.ReserveMaturity.GetValueOrDefault(demo.Name, Contracts.ProjectMaturity.Mature),
                DemoProjects.ReserveMaturity.ContainsKey(demo.Name) ? null : "用地已纳入国土空间规划（演示数据）",
                paperwork.FeasibilityApproval, paperwork.RevenuePlan);
            var project = Project.Create(details, time.GetUtcNow().UtcDateTime);
            foreach (var state in Enumerable.Range(2, (int)demo.State - 1).Select(s => (Contracts.ProjectState)s))
            {
                project.MoveTo(state, null);
            }

            project.MarkAccepted();
            db.Projects.Add(project);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateOnly Month(string yearMonth) => DateOnly.ParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
