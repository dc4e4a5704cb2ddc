using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>A year's plan for the other modules, with the values that year listed (never the project's later ones).</summary>
internal sealed class AnnualPlanDirectory(ReserveDbContext db, IDepartmentDirectory departments) : IAnnualPlanDirectory
{
    public async Task<IReadOnlyList<PlannedProjectInfo>> GetProjectsAsync(int year, Guid? departmentScope, CancellationToken cancellationToken)
    {
        var entries = departmentScope is { } department
            ? db.PlanEntries.Where(e => e.ResponsibleDepartmentId == department || e.TownId == department)
            : db.PlanEntries;
        var rows = await (
                from entry in entries.AsNoTracking()
                where entry.Year == year
                join project in db.Projects.AsNoTracking() on entry.ProjectId equals project.Id
                orderby entry.SerialNo == null, entry.SerialNo, entry.Type, project.Name
                select new { project.Id, project.Name, project.NormalizedName, project.Code, Entry = entry })
            .ToListAsync(cancellationToken);
        var names = await departments.GetAsync(rows.Select(r => r.Entry.ResponsibleDepartmentId).Distinct(), cancellationToken);
        return rows.Select(r => new PlannedProjectInfo(
                r.Id, r.Name, r.NormalizedName, r.Code, r.Entry.Type, r.Entry.PlannedInvestment, r.Entry.PlannedStartMonth, r.Entry.SectorCode,
                r.Entry.ResponsibleDepartmentId, r.Entry.TownId, names.GetValueOrDefault(r.Entry.ResponsibleDepartmentId)?.Name ?? "", r.Entry.SerialNo,
                r.Entry.ProjectUnit, r.Entry.TotalInvestment))
            .ToList();
    }

    public async Task<IReadOnlyList<PlanTargetInfo>> GetTargetsAsync(int year, CancellationToken cancellationToken)
    {
        var plan = await db.AnnualPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        return (plan?.Targets ?? []).Select(t => new PlanTargetInfo(t.Kind, t.Month, t.Value)).ToList();
    }
}
