using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Seeding;

/// <summary>One published template per regime, in every mode; a regime that already has a template is left alone.</summary>
internal sealed class ApprovalTemplateSeeder(ApprovalsDbContext db, TimeProvider time) : IDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.ApprovalTemplates.Select(t => t.Regime).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (regime, name, steps) in NationalTemplates.All.Where(t => !existing.Contains(t.Regime)))
        {
            var template = new ApprovalTemplate { Id = Guid.NewGuid(), Regime = regime, Name = name };
            var version = template.SaveDraft(steps, now);
            template.Publish(version.Id, now);
            db.ApprovalTemplates.Add(template);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
