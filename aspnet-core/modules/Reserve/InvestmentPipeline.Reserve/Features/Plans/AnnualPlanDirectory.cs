using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

internal sealed class AnnualPlanDirectory(ReserveDbContext db) : IAnnualPlanDirectory
{
    public async Task<IReadOnlyList<PlannedProjectInfo>> GetProjectsAsync(int year, Guid? departmentScope, CancellationToken cancellationToken)
    {
        var projects = departmentScope is { } department
            ? db.Projects.Where(p => p.ResponsibleDepartmentId == department || p.TownId == department)
            : db.Projects;
        return await (
                from entry in db.PlanEntries.AsNoTracking()
                where entry.Year == year
                join project in projects.AsNoTracking() on entry.ProjectId equals project.Id
                orderby entry.SerialNo == null, entry.SerialNo, entry.Type, project.Name
                select new PlannedProjectInfo(
                    project.Id, project.Name, project.NormalizedName, project.Code, entry.Type, entry.PlannedInvestment, entry.PlannedStartMonth,
                    project.SectorCode, project.ResponsibleDepartmentId, project.TownId, entry.ResponsibleUnit, entry.SerialNo))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PlanTargetInfo>> GetTargetsAsync(int year, CancellationToken cancellationToken)
    {
        var plan = await db.AnnualPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        return (plan?.Targets ?? []).Select(t => new PlanTargetInfo(t.Kind, t.Month, t.Value)).ToList();
    }
}
