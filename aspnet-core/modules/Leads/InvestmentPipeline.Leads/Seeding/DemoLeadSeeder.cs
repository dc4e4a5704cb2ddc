using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Seeding;

/// <summary>
/// Demo mode only: leads in the speech's five industries at every stage, owned by the two demo users of 区招商局, with
/// follow-ups; one is signed, so its contract reaches SignedContracts through the outbox like any signing. Every company,
/// amount and date is invented.
/// </summary>
internal sealed class DemoLeadSeeder(LeadsDbContext db, IDepartmentDirectory departments, IUserDirectory users, SeedSettings seed, TimeProvider time)
    : IDataSeeder
{
    // Invented: company, intent, industry, 万元, source, detail, stage, days since entered, owner is the team member (else the bureau).
    private static readonly (string Company, string Intent, string Industry, decimal Amount, LeadSource Source, string? Detail, LeadStage Stage, int Days, bool Team)[] Leads =
    [
        ("青海硒源生物科技有限公司", "富硒农产品精深加工基地", "FSE_PARK", 18_000m, LeadSource.Fair, "第二十四届青洽会", LeadStage.Negotiation, 120, true),
        ("高原雪泉饮品有限公司", "富硒矿泉水灌装生产线", "FSE_WATER", 35_000m, LeadSource.DoorToDoor, null, LeadStage.Visit, 75, true),
        ("河湟文旅发展有限公司", "古驿文化街区运营", "ECO_TOURISM", 12_000m, LeadSource.Referral, "由袁家村运营方推荐", LeadStage.Contact, 40, true),
        ("祁连康养产业集团有限公司", "中藏医药康养基地", "WELLNESS", 26_000m, LeadSource.Fair, "第二十四届青洽会", LeadStage.Clue, 10, true),
        ("海东智慧物流有限公司", "冷链物流园", "LOGISTICS", 22_000m, LeadSource.Online, "招商网站留言", LeadStage.Abandoned, 160, false),
        ("西部硒谷农业开发有限公司", "富硒蔬菜种植与分拣中心", "FSE_PARK", 8_000m, LeadSource.Other, "区农业农村局转来", LeadStage.Clue, 55, false),
        ("湟水源头饮用水有限公司", "高端瓶装水二期", "FSE_WATER", 40_000m, LeadSource.Fair, "第二十三届青洽会", LeadStage.Negotiation, 200, false),
    ];

    public int Order => 25;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!seed.Demo || await db.Leads.AnyAsync(cancellationToken))
        {
            return;
        }

        var bureau = (await departments.GetAllAsync(cancellationToken)).FirstOrDefault(d => d.Code == "IPB");
        var people = bureau is null ? [] : await users.GetContactsAsync([bureau.Id], cancellationToken);
        var team = people.FirstOrDefault(p => p.DisplayName == "招商专班演示用户");
        var head = people.FirstOrDefault(p => p.DisplayName == "招商局演示用户");
        if (team is null || head is null)
        {
            return;
        }

        var today = ShanghaiClock.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (company, intent, industry, amount, source, detail, stage, days, byTeam) in Leads)
        {
            var owner = byTeam ? team : head;
            var lead = Lead.Create(
                new LeadDetails(company, null, intent, industry, amount * 10_000m, source, detail, [new LeadContact("联络人（演示）", "总经理", "0971-0000000", null)]),
                new LeadOwner(owner.UserId, owner.DisplayName, owner.DepartmentId), today.AddDays(-days), now);
            foreach (var next in Path(stage))
            {
                lead.MoveTo(next, next == LeadStage.Abandoned ? "企业投资计划推迟（演示）" : null, owner.DisplayName, now);
            }

            db.Leads.Add(lead);
            if (stage != LeadStage.Clue)
            {
                var met = today.AddDays(-Math.Min(days, 12));
                db.FollowUps.Add(lead.RecordFollowUp(
                    new FollowUpRecord(FollowUpKind.Visit, met, $"{owner.DisplayName}；企业联络人", $"就「{intent}」交换意见（演示）", "报送项目用地需求", met.AddDays(14)),
                    owner.DisplayName, today, now));
            }
        }

        var signed = db.ChangeTracker.Entries<Lead>().Select(e => e.Entity).First(l => l.CompanyName == "湟水源头饮用水有限公司");
        var contractId = Guid.NewGuid();
        signed.Sign(contractId, $"QY{today.Year}-DEMO-001", head.DisplayName, now);
        db.AddIntegrationEvent(new LeadSignedIntegrationEvent(
            signed.Id, contractId, $"QY{today.Year}-DEMO-001", today.AddDays(-30), "第二十四届青洽会", 400_000_000m, "湟水源头高端瓶装水二期项目",
            signed.CompanyName, null, signed.IndustryCode, bureau!.Id, head.UserId) { OccurredAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<LeadStage> Path(LeadStage to) => to switch
    {
        LeadStage.Abandoned => [LeadStage.Contact, LeadStage.Abandoned],
        LeadStage.Clue => [],
        _ => Enumerable.Range((int)LeadStage.Contact, (int)to - (int)LeadStage.Contact + 1).Select(s => (LeadStage)s),
    };
}
