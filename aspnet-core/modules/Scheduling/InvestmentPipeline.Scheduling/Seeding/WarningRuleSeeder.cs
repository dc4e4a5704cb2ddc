using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain.Warnings;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Seeding;

/// <summary>
/// The default warning rules, seeded in every mode as version 1: Yinchuan's 2025 red/yellow/green rules for start, progress
/// and 入库. The 前期手续 rule is seeded disabled: its data comes from the Approvals module, which does not exist yet.
/// </summary>
internal sealed class WarningRuleSeeder(SchedulingDbContext db, TimeProvider time) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.WarningRules.Select(r => r.Code).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        WarningRule[] defaults =
        [
            WarningRule.Seed(WarningRuleCode.Start, "开工预警", "计划开(复)工月份结束后仍未开(复)工的月数", "个月", 0, 3, true, now),
            WarningRule.Seed(WarningRuleCode.Progress, "进度预警", "累计完成投资占年度计划的比例落后于时序进度的百分点", "个百分点", 10, 30, true, now),
            WarningRule.Seed(WarningRuleCode.Statistics, "入库预警", "开(复)工后仍未入库的月数", "个月", 1, 2, true, now),
            WarningRule.Seed(WarningRuleCode.PreProcedures, "前期手续预警", "前期审批步骤超过法定时限的工作日数", "个工作日", 1, 10, false, now),
        ];
        db.WarningRules.AddRange(defaults.Where(r => !existing.Contains(r.Code)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
