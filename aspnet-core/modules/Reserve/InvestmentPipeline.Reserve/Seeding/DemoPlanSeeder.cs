using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Seeding;

/// <summary>
/// Demo mode only: this year's 年度重点项目计划 with the speech's projects (在建 as 续建, 前期 as 新建), its targets and a few
/// milestone schedules, some of them late. Leaders, people, phones, amounts and dates are invented.
/// </summary>
internal sealed class DemoPlanSeeder(ReserveDbContext db, SeedSettings seed, TimeProvider time) : IDataSeeder
{
    private static readonly string[] Leaders = ["王副区长", "李副区长", "赵副区长"];

    /// <summary>The projects the speech says lag behind: their 开工 milestone fell due mid-year and was not reached.</summary>
    private static readonly HashSet<string> Lagging = ["新平大道东延段", "古驿大道停车场", "乐都路", "湟中路", "化隆路", "享堂路"];

    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var year = today.Year;
        if (!seed.Demo || await db.AnnualPlans.AnyAsync(p => p.Year == year, cancellationToken))
        {
            return;
        }

        var names = DemoProjects.All.Select(d => d.Name).ToList();
        var projects = await db.Projects
            .Where(p => names.Contains(p.Name) && p.ReviewStatus == ReviewStatus.Accepted && (p.State == ProjectState.PreConstruction || p.State == ProjectState.UnderConstruction))
            .OrderBy(p => p.CreatedAtUtc).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var serial = 0;
        foreach (var project in projects)
        {
            serial++;
            var continuing = project.State == ProjectState.UnderConstruction;
            var startMonth = new DateOnly(year, continuing ? 3 : 3 + (serial % 4), 1);
            var details = new PlanEntryDetails(
                continuing ? ConstructionType.Continuing : ConstructionType.New,
                RoundTo(project.TotalInvestment * (continuing ? 0.3m : 0.25m), 10_000m),
                startMonth,
                new DateOnly(year + 1, 10, 1),
                Leaders[serial % Leaders.Length],
                $"联络员{serial:00}",
                $"0972-86{serial:00}{serial * 37 % 100:00}0",
                FundingNote(project),
                serial);
            var entry = PlanEntry.Add(year, project.Id, PlanYearValues.Of(project.Details), details, now);
            if (!continuing)
            {
                var deadline = Lagging.Contains(project.Name) ? new DateOnly(year, 6, 30) : new DateOnly(year, startMonth.Month, 1).AddMonths(1).AddDays(-1);
                var proposal = MilestoneSchedule.Propose([MilestoneKind.PreWorkDone, MilestoneKind.Start], deadline);
                entry.ScheduleMilestones(
                    proposal.Select(m => new PlanMilestone(m.Kind, m.Date, m.Date, Lagging.Contains(project.Name) || m.Date >= today ? null : m.Date)).ToList(),
                    today);
            }

            db.PlanEntries.Add(entry);
        }

        var plan = AnnualPlan.Open(year);
        plan.SetTargets(
        [
            new PlanTarget(PlanTargetKind.ContinuingResumed, 3, 100),
            new PlanTarget(PlanTargetKind.NewStarted, 6, 80),
            new PlanTarget(PlanTargetKind.ToStartStarted, 9, 50),
            new PlanTarget(PlanTargetKind.AnnualInvestment, 12, RoundTo(projects.Sum(p => p.TotalInvestment) * 0.25m, 1_000_000m)),
        ]);
        db.AnnualPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static decimal RoundTo(decimal amount, decimal unit) => decimal.Round(amount / unit) * unit;

    private static string FundingNote(Project project) =>
        string.Join("；", project.FundingSources.Select(f => f.Channel switch
        {
            FundingChannel.CentralBudget => "中央预算内",
            FundingChannel.SpecialBonds => "专项债",
            FundingChannel.CityFinance => "市财政",
            FundingChannel.DistrictFinance => "区财政",
            FundingChannel.BankLoan => "银行贷款",
            FundingChannel.SocialCapital => "社会资本",
            _ => "其他",
        }).Distinct());
}
