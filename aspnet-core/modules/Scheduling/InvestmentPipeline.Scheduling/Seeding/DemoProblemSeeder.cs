using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Inspections;
using InvestmentPipeline.Scheduling.Domain.Problems;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Seeding;

/// <summary>
/// Demo mode only: the coordination problems of this year's lagging projects (the causes the speech gives them) and one
/// 现场督查 with two rectification items. All descriptions, departments, dates and findings are invented; one problem was
/// assigned a month ago and is past its deadline, so the nightly job escalates it.
/// </summary>
internal sealed class DemoProblemSeeder(
    SchedulingDbContext db, IAnnualPlanDirectory plan, IDepartmentDirectory departments, SeedSettings seed, TimeProvider time) : IDataSeeder
{
    private static readonly Actor Office = new("重点办演示用户", null, Reports: false, Manages: true, Inspects: true);

    // Invented: project, category, description, assigned department (code), days from today to the deadline (negative: overdue).
    private static readonly (string Project, string Category, string Description, string Department, int Days)[] Problems =
    [
        ("新平大道东延段", "DEMOLITION", "沿线 23 户房屋征收未完成，影响道路施工进场", "NRB", -10),
        ("古驿大道停车场", "DEMOLITION", "地块内 2 处厂房拆迁补偿未达成一致", "NRB", 20),
        ("乐都路", "FUNDING", "区级配套资金 1,200 万元未落实", "FIN", 30),
        ("享堂路", "OTHER_WORKS", "综合管廊施工与道路施工交叉，需协调施工时序", "HUD", 15),
    ];

    public int Order => 70;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        if (!seed.Demo || await db.Problems.AnyAsync(cancellationToken) || await db.Inspections.AnyAsync(cancellationToken))
        {
            return;
        }

        var projects = (await plan.GetProjectsAsync(today.Year, null, cancellationToken))
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
        var byCode = (await departments.GetAllAsync(cancellationToken)).ToDictionary(d => d.Code, d => new DepartmentRef(d.Id, d.Name));
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (name, category, description, department, days) in Problems)
        {
            if (projects.TryGetValue(name, out var project) && byCode.TryGetValue(department, out var assigned))
            {
                // Assigned a month before today, so that a deadline already passed was in the future then.
                db.Problems.Add(CoordinationProblem.Assign(
                    Ref(project), today.Year, category, description, assigned, today.AddDays(days), null, Office, today.AddMonths(-1), now.AddMonths(-1)));
            }
        }

        if (projects.TryGetValue("新平大道东延段", out var road) && projects.TryGetValue("古驿大道停车场", out var parking)
            && byCode.TryGetValue("NRB", out var nrb) && byCode.TryGetValue("UCI", out var uci))
        {
            var visit = Inspection.Record(InspectionKind.Site, today.AddDays(-7), "区委区政府督查室 张某、李某（演示）",
                "新平大道东延段征收进度滞后，现场无施工准备；古驿大道停车场围挡破损、扬尘防治措施不到位。", [Ref(road), Ref(parking)], Office, now.AddDays(-7));
            visit.AddItem(road.ProjectId, "制定征收工作倒排计划，明确每户完成时限并报督查室", nrb, today.AddDays(14), Office, today.AddDays(-7), now.AddDays(-7));
            visit.AddItem(parking.ProjectId, "修复围挡，落实裸土覆盖和洒水降尘措施", uci, today.AddDays(3), Office, today.AddDays(-7), now.AddDays(-7));
            db.Inspections.Add(visit);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ProjectRef Ref(PlannedProjectInfo project) => new(project.ProjectId, project.Name, project.ResponsibleDepartmentId, project.TownId);
}
