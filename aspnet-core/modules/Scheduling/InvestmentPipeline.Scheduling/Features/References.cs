using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;

namespace InvestmentPipeline.Scheduling.Features;

/// <summary>
/// What problems and inspections refer to in other modules, looked up when they are assigned and kept as named then:
/// plan projects of a year (Reserve) and departments (Identity); and the signed-in user as an <see cref="Actor"/>.
/// </summary>
internal sealed class References(IAnnualPlanDirectory plan, IDepartmentDirectory departments)
{
    /// <summary>The requested projects that are in the year's plan, by id.</summary>
    public async Task<Dictionary<Guid, ProjectRef>> PlanProjectsAsync(int year, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.ToHashSet();
        return (await plan.GetProjectsAsync(year, null, ct)).Where(p => wanted.Contains(p.ProjectId))
            .ToDictionary(p => p.ProjectId, p => new ProjectRef(p.ProjectId, p.Name, p.ResponsibleDepartmentId, p.TownId));
    }

    public async Task<Dictionary<Guid, DepartmentRef>> DepartmentsAsync(IEnumerable<Guid> ids, CancellationToken ct) =>
        (await departments.GetAsync(ids.Distinct(), ct)).Values.ToDictionary(d => d.Id, d => new DepartmentRef(d.Id, d.Name));

    public static Actor ActorOf(CurrentUser user) => new(
        user.DisplayName ?? user.UserName ?? "", user.DepartmentId, user.HasPermission(SchedulingPermissions.Report),
        user.HasPermission(SchedulingPermissions.Manage), user.HasPermission(SchedulingPermissions.Inspect));
}
