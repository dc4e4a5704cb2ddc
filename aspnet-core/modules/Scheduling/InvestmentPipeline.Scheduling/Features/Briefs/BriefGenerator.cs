using System.Text.Json;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Features.Statistics;
using InvestmentPipeline.Scheduling.Features.Warnings;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Briefs;

/// <summary>
/// Freezes the district's figures for a period into a <see cref="Brief"/>: the statistics with their definitions and
/// targets, the projects not started and not 入库 with their causes, and the open red and yellow warnings.
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
            p.Project.Name, p.Project.Type, p.Project.ResponsibleUnit, p.Project.PlannedInvestment, p.InvestmentCompleted, p.Project.PlannedStartMonth,
            p.Latest?.ActualStartDate, p.Latest?.ProblemCategoryCode is { } code ? categories.GetValueOrDefault(code, code) : null, p.Latest?.Problem);
        List<BriefWarningLine> Warnings(WarningLevel level) => open.Where(w => w.Level == level)
            .Select(w => new BriefWarningLine(w.ProjectName, w.ResponsibleUnit, rules[w.Rule], w.Data, w.SinceMonth)).ToList();

        var snapshot = new BriefSnapshot(
            year, month, title, now, by, dto,
            figures.Projects.Where(p => p.Is(StatisticsFigure.NotStartedOrResumed)).OrderBy(p => p.Project.SerialNo ?? int.MaxValue).Select(Line).ToList(),
            figures.Projects.Where(p => p.Is(StatisticsFigure.StartedNotInStatistics)).OrderBy(p => p.Project.SerialNo ?? int.MaxValue).Select(Line).ToList(),
            Warnings(WarningLevel.Red), Warnings(WarningLevel.Yellow), (await evaluator.LatestAsync(year, ct))?.Month);
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
