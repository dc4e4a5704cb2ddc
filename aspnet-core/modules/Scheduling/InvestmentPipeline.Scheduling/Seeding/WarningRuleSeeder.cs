using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain.Warnings;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Seeding;

/// <summary>
/// The default warning rules, seeded in every mode as version 1: Yinchuan's 2025 red/yellow/green rules for start, progress
/// and 入库, and 前期手续 on the Approvals module's time limits (yellow at 80 % of a step's working-day limit, as the
/// department is reminded; red past it, as the step escalates). A database seeded before Approvals existed holds a
/// disabled placeholder for 前期手续 (measured in 个工作日): it is redefined once, as a new version.
/// </summary>
internal sealed class WarningRuleSeeder(SchedulingDbContext db, TimeProvider time) : IDataSeeder
{
    private const string PreProceduresMeasure = "待办前期审批步骤已用法定办理时限（工作日）的最高比例（审批模块报告已用 80% 及以上的步骤）";
    private const string PlaceholderUnit = "个工作日";

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
            WarningRule.Seed(WarningRuleCode.PreProcedures, "前期手续预警", PreProceduresMeasure, "%", 80, 100, true, now),
        ];
        db.WarningRules.AddRange(defaults.Where(r => !existing.Contains(r.Code)));
        if (await db.WarningRules.FirstOrDefaultAsync(r => r.Code == WarningRuleCode.PreProcedures && r.Unit == PlaceholderUnit, cancellationToken) is { } placeholder)
        {
            placeholder.Redefine(PreProceduresMeasure, "%", 80, 100, enabled: true, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
