using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>The filters of the plan list (list and export share them).</summary>
public sealed record PlanEntryFilter(string? Search, ConstructionType? Type, string? SectorCode, Guid? TownId, Guid? DepartmentId);

/// <summary>A plan entry with its project, for filtering and mapping in one query.</summary>
internal sealed class PlannedProject
{
    public required PlanEntry Entry { get; init; }

    public required Project Project { get; init; }
}

/// <summary>
/// Reads a year's plan in the caller's data scope and maps it with names. The scope, the filters and the sums use the
/// year's own values (its department, town, sector and total), never the project's current ones.
/// </summary>
internal sealed class PlanQueries(ReserveDbContext db, ProjectQueries projects, IDepartmentDirectory departments, TimeProvider time)
{
    /// <summary>A department user sees the entries their department is responsible for that year, or that lie in their town.</summary>
    public IQueryable<PlannedProject> Scoped(int year, CurrentUser user)
    {
        var entries = user.ScopedDepartmentId is { } own
            ? db.PlanEntries.Where(e => e.ResponsibleDepartmentId == own || e.TownId == own)
            : db.PlanEntries;
        return from entry in entries
               where entry.Year == year
               join project in db.Projects on entry.ProjectId equals project.Id
               select new PlannedProject { Entry = entry, Project = project };
    }

    public static IQueryable<PlannedProject> Filter(IQueryable<PlannedProject> plan, PlanEntryFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            plan = plan.Where(x => x.Project.Name.Contains(term) || (x.Project.Code != null && x.Project.Code.Contains(term))
                || x.Entry.ProjectUnit.Contains(term) || (x.Entry.Leader != null && x.Entry.Leader.Contains(term)));
        }

        if (filter.Type is { } type)
        {
            plan = plan.Where(x => x.Entry.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.SectorCode))
        {
            plan = plan.Where(x => x.Entry.SectorCode == filter.SectorCode);
        }

        if (filter.TownId is { } town)
        {
            plan = plan.Where(x => x.Entry.TownId == town);
        }

        return filter.DepartmentId is { } department ? plan.Where(x => x.Entry.ResponsibleDepartmentId == department) : plan;
    }

    /// <summary>The commission's order: by 序号, then 续建 / 新建 / 拟开工, then name.</summary>
    public static IOrderedQueryable<PlannedProject> Ordered(IQueryable<PlannedProject> plan) =>
        plan.OrderBy(x => x.Entry.SerialNo == null).ThenBy(x => x.Entry.SerialNo).ThenBy(x => x.Entry.Type).ThenBy(x => x.Project.Name);

    public async Task<PagedResult<PlanEntryDto>> PageAsync(IQueryable<PlannedProject> plan, PageQuery page, CancellationToken ct)
    {
        var total = await plan.CountAsync(ct);
        var rows = await Ordered(plan).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<PlanEntryDto>(await ToDtosAsync(rows, ct), total);
    }

    public async Task<IReadOnlyList<PlanEntryDto>> ToDtosAsync(IReadOnlyList<PlannedProject> rows, CancellationToken ct)
    {
        var items = await projects.ToListItemsAsync(rows.Select(r => r.Project).ToList(), ct);
        var names = await NamesAsync(rows.Select(r => r.Entry.YearValues).ToList(), ct);
        var today = ShanghaiClock.Today(time);
        return rows.Select((r, i) => ToDto(r.Entry, items[i], names, today)).ToList();
    }

    /// <summary>The names of the sectors, towns and departments that the given years list (one query each).</summary>
    public async Task<PlanYearNames> NamesAsync(IReadOnlyList<PlanYearValues> years, CancellationToken ct)
    {
        var sectorCodes = years.Select(y => y.SectorCode).Distinct().ToList();
        var sectors = await db.Sectors.Where(s => sectorCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Name, ct);
        var departmentIds = years.Select(y => y.ResponsibleDepartmentId).Concat(years.Where(y => y.TownId != null).Select(y => y.TownId!.Value)).Distinct();
        return new PlanYearNames(sectors, await departments.GetAsync(departmentIds, ct));
    }

    public async Task<(PlannedProject? Row, ProblemHttpResult? Problem)> FindForChangeAsync(
        int year, Guid id, Guid? concurrencyStamp, CurrentUser user, CancellationToken ct)
    {
        var row = await Scoped(year, user).FirstOrDefaultAsync(x => x.Entry.Id == id, ct);
        if (row is null)
        {
            return (null, ProblemResults.NotFound("计划项目"));
        }

        return row.Entry.ConcurrencyStamp == concurrencyStamp ? (row, null) : (null, ProblemResults.Conflict("该计划项目已被他人修改，请刷新后重试。"));
    }

    public async Task<AnnualPlanDto> SummaryAsync(int year, CurrentUser user, CancellationToken ct)
    {
        var plan = await db.AnnualPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        var entries = await Scoped(year, user)
            .Select(x => new { x.Entry.Type, x.Entry.PlannedInvestment, x.Entry.TotalInvestment, x.Entry.Milestones })
            .ToListAsync(ct);
        var today = ShanghaiClock.Today(time);
        var byType = Enum.GetValues<ConstructionType>()
            .Select(type => new PlanTypeSummaryDto(type, entries.Count(e => e.Type == type), entries.Where(e => e.Type == type).Sum(e => e.PlannedInvestment)))
            .ToList();
        return new AnnualPlanDto(
            year,
            (plan?.Targets ?? []).Select(t => new PlanTargetDto(t.Kind, t.Month, t.Value)).ToList(),
            plan?.ConcurrencyStamp,
            entries.Count,
            entries.Sum(e => e.PlannedInvestment),
            entries.Sum(e => e.TotalInvestment),
            byType,
            entries.Count(e => e.Milestones.Any(m => m.IsLate(today))));
    }

    private static PlanEntryDto ToDto(PlanEntry e, ProjectListItemDto project, PlanYearNames names, DateOnly today) => new(
        e.Id, e.Year, project, e.Type, e.PlannedInvestment, e.PlannedStartMonth, e.PlannedCompletionMonth, e.Leader,
        e.ResponsiblePerson, e.Phone, e.FundingNote, e.SerialNo,
        e.Milestones.Select(m => new PlanMilestoneDto(m.Kind, m.PlannedDate, m.ProposedDate, m.ActualDate, m.IsLate(today))).ToList(),
        e.ConcurrencyStamp, e.SectorCode, names.Sector(e.SectorCode), e.TownId, names.Department(e.TownId), e.ResponsibleDepartmentId,
        names.Department(e.ResponsibleDepartmentId), e.ProjectUnit, e.TotalInvestment);
}

/// <summary>Names of the sectors and departments (towns included) some plan years list.</summary>
internal sealed record PlanYearNames(IReadOnlyDictionary<string, string> Sectors, IReadOnlyDictionary<Guid, DepartmentInfo> Departments)
{
    public string? Sector(string code) => Sectors.GetValueOrDefault(code);

    public string? Department(Guid? id) => id is { } value ? Departments.GetValueOrDefault(value)?.Name : null;
}
