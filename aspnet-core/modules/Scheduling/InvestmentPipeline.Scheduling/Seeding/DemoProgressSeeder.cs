using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Seeding;

/// <summary>
/// Demo mode only: monthly reports of this year's plan up to last month, as the speech describes the year. 续建 projects
/// resumed in March; 新建 ones started in their planned month; the six projects the speech names as lagging have not
/// started, each with its cause (拆迁, 资金, the utility tunnel); every fifth started project is not yet 入库.
/// All amounts and dates are invented.
/// </summary>
internal sealed class DemoProgressSeeder(SchedulingDbContext db, IAnnualPlanDirectory plan, SeedSettings seed, TimeProvider time) : IDataSeeder
{
    private static readonly Dictionary<string, (string Category, string Problem)> Lagging = new()
    {
        ["新平大道东延段"] = ("DEMOLITION", "沿线房屋征收未完成，尚不具备开工条件"),
        ["古驿大道停车场"] = ("DEMOLITION", "地块内房屋拆迁未完成"),
        ["乐都路"] = ("FUNDING", "区级配套资金未落实"),
        ["湟中路"] = ("FUNDING", "区级配套资金未落实"),
        ["化隆路"] = ("FUNDING", "区级配套资金未落实"),
        ["享堂路"] = ("OTHER_WORKS", "受综合管廊施工影响，需待管廊完工后施工"),
    };

    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        if (!seed.Demo || today.Month == 1 || await db.MonthlyReports.AnyAsync(r => r.Year == today.Year, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var projects = await plan.GetProjectsAsync(today.Year, null, cancellationToken);
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            var started = false;
            for (var month = 1; month < today.Month; month++)
            {
                var details = Details(project, today.Year, month, inStatistics: i % 5 != 4);
                db.MonthlyReports.Add(MonthlyReport.Submit(project.ProjectId, today.Year, month, details, new ReportContext(project.Type, today, started), now));
                started |= MonthlyReportRules.HasStarted(details.Status);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static MonthlyReportDetails Details(PlannedProjectInfo project, int year, int month, bool inStatistics)
    {
        if (Lagging.TryGetValue(project.Name, out var cause))
        {
            return new MonthlyReportDetails(0, StartStatus.NotStarted, null, "未开工", null, cause.Problem, cause.Category);
        }

        var continuing = project.Type == ConstructionType.Continuing;
        var startMonth = continuing ? 3 : project.PlannedStartMonth?.Month ?? 4;
        if (month < startMonth)
        {
            return new MonthlyReportDetails(0, continuing ? StartStatus.NotResumed : StartStatus.NotStarted, null, continuing ? "冬季停工" : "前期准备", null, null, null);
        }

        var share = continuing ? 0.09m : 0.08m;
        return new MonthlyReportDetails(
            decimal.Round(project.PlannedInvestment * share / 10_000m) * 10_000m,
            continuing ? StartStatus.Resumed : StartStatus.Started,
            new DateOnly(year, startMonth, 10),
            continuing ? "主体施工" : "基础施工",
            inStatistics,
            null,
            null);
    }
}
