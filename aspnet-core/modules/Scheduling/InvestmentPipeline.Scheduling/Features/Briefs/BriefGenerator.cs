using System.Text.Json;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Features.Statistics;
using InvestmentPipeline.Scheduling.Features.Warnings;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Briefs;

/// <summary>
/// Freezes the district's figures for a period into a <see cref="Brief"/>: the statistics with their definitions and
/// targets, the projects not started and not 入库 with their causes, the open red and yellow warnings, the unresolved
/// coordination problems and the unclosed rectification items.
/// </summary>
internal sealed class BriefGenerator(SchedulingDbContext db, StatisticsQueries statistics, IAnnualPlanDirectory plan, WarningEvaluator evaluator, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Brief> GenerateAsync(int year, int month, string? by, CancellationToken ct)
    {
        var (figures, source) = await statistics.ComputeAsync(year, month, departmentScope: null, ct);
        var dto = StatisticsQueries.ToDto(figures, source, await plan.GetTargetsAsync(year, ct), await statistics.DefinitionsAsync(ct));
        var categories = await db.ProblemCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var rules = await db.WarningRules.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var open = await WarningQueries.Ordered(db.Warnings.AsNoTracking().Where(w => w.Year == year && w.Status == WarningStatus.Open)).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var title = $"{year}年1-{month}月全区重点项目推进情况通报";

        BriefProjectLine Line(ProjectAsOf p) => new(
            p.Project.Name, p.Project.Type, p.Project.ResponsibleDepartmentName, p.Project.PlannedInvestment, p.InvestmentCompleted, p.Project.PlannedStartMonth,
            p.Latest?.ActualStartDate, p.Latest?.ProblemCategoryCode is { } code ? categories.GetValueOrDefault(code, code) : null, p.Latest?.Problem);
        List<BriefWarningLine> Warnings(WarningLevel level) => open.Where(w => w.Level == level)
            .Select(w => new BriefWarningLine(w.ProjectName, w.ResponsibleUnit, rules[w.Rule], w.Data, w.SinceMonth)).ToList();

        var today = ShanghaiClock.Today(time);
        var problems = await db.Problems.AsNoTracking().Where(p => p.Year == year && p.Status != ProblemStatus.Resolved)
            .OrderBy(p => p.Deadline).ThenBy(p => p.ProjectName).ToListAsync(ct);
        var rectifications = await db.RectificationItems.AsNoTracking().Where(r => r.Year == year && r.Status != RectificationStatus.Closed)
            .OrderBy(r => r.Deadline).ThenBy(r => r.ProjectName).ToListAsync(ct);

        var snapshot = new BriefSnapshot(
            year, month, title, now, by, dto,
            figures.Projects.Where(p => p.Is(StatisticsFigure.NotStartedOrResumed)).OrderBy(p => p.Project.SerialNo ?? int.MaxValue).Select(Line).ToList(),
            figures.Projects.Where(p => p.Is(StatisticsFigure.StartedNotInStatistics)).OrderBy(p => p.Project.SerialNo ?? int.MaxValue).Select(Line).ToList(),
            Warnings(WarningLevel.Red), Warnings(WarningLevel.Yellow), (await evaluator.LatestAsync(year, ct))?.Month,
            problems.Select(p => new BriefFollowUpLine(
                p.ProjectName, $"{categories.GetValueOrDefault(p.CategoryCode, p.CategoryCode)}：{p.Description}", p.AssignedDepartmentName, p.Deadline,
                p.Status == ProblemStatus.Assigned ? "已交办" : "办理中", p.IsOverdue(today))).ToList(),
            rectifications.Select(r => new BriefFollowUpLine(
                r.ProjectName, r.Description, r.ResponsibleDepartmentName, r.Deadline, r.Status == RectificationStatus.Open ? "待整改" : "待复查",
                r.Status == RectificationStatus.Open && Overdue.Is(r.Deadline, today))).ToList());
        var brief = new Brief
        {
            Id = Guid.NewGuid(), Year = year, Month = month, Title = title, GeneratedAtUtc = now, GeneratedBy = by,
            Snapshot = JsonSerializer.Serialize(snapshot, Json),
        };
        db.Briefs.Add(brief);
        await db.SaveChangesAsync(ct);
        return brief;
    }

    public static BriefSnapshot SnapshotOf(Brief brief) => JsonSerializer.Deserialize<BriefSnapshot>(brief.Snapshot, Json)!;
}
