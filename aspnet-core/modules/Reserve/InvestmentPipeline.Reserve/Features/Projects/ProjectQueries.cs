using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Projects;

/// <summary>The filters of the project library (list and export share them).</summary>
public sealed record ProjectFilter(
    string? Search, string? SectorCode, ProjectState? State, InvestmentRegime? Regime, Guid? DepartmentId, Guid? TownId,
    ProjectMaturity? Maturity = null, ReviewStatus? ReviewStatus = null);

/// <summary>Reads projects in the caller's data scope and maps them with sector and department names (one query each per page).</summary>
internal sealed class ProjectQueries(ReserveDbContext db, IDepartmentDirectory departments)
{
    /// <summary>A department user sees the projects their department is responsible for or that lie in their town.</summary>
    public IQueryable<Project> Scoped(CurrentUser user) =>
        user.ScopedDepartmentId is { } department
            ? db.Projects.Where(p => p.ResponsibleDepartmentId == department || p.TownId == department)
            : db.Projects;

    /// <summary>
    /// The project a change is about, if the caller may see it and read the version being changed:
    /// otherwise the 404 or 409 to answer.
    /// </summary>
    public async Task<(Project? Project, ProblemHttpResult? Problem)> FindForChangeAsync(Guid id, Guid? concurrencyStamp, CurrentUser user, CancellationToken ct)
    {
        var project = await Scoped(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return (null, ProblemResults.NotFound("项目"));
        }

        return project.ConcurrencyStamp == concurrencyStamp ? (project, null) : (null, ProblemResults.Conflict("该项目已被他人修改，请刷新后重试。"));
    }

    /// <summary>The reserve library proper: accepted (已入库) projects still being prepared (储备 or 前期), which ranking and channel matching cover.</summary>
    public static IQueryable<Project> InLibraryInPreparation(IQueryable<Project> projects) =>
        projects.Where(p => p.ReviewStatus == ReviewStatus.Accepted && (p.State == ProjectState.Reserve || p.State == ProjectState.PreConstruction));

    public static IQueryable<Project> Filter(IQueryable<Project> projects, ProjectFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            projects = projects.Where(p => p.Name.Contains(term) || (p.Code != null && p.Code.Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(filter.SectorCode))
        {
            projects = projects.Where(p => p.SectorCode == filter.SectorCode);
        }

        if (filter.State is { } state)
        {
            projects = projects.Where(p => p.State == state);
        }

        if (filter.Regime is { } regime)
        {
            projects = projects.Where(p => p.Regime == regime);
        }

        if (filter.DepartmentId is { } department)
        {
            projects = projects.Where(p => p.ResponsibleDepartmentId == department);
        }

        if (filter.Maturity is { } maturity)
        {
            projects = projects.Where(p => p.Maturity == maturity);
        }

        if (filter.ReviewStatus is { } status)
        {
            projects = projects.Where(p => p.ReviewStatus == status);
        }

        return filter.TownId is { } town ? projects.Where(p => p.TownId == town) : projects;
    }

    public async Task<PagedResult<ProjectListItemDto>> PageAsync(IQueryable<Project> projects, PageQuery page, CancellationToken ct)
    {
        var total = await projects.CountAsync(ct);
        var rows = await projects.OrderByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Name).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var names = await NamesAsync(rows, ct);
        return new PagedResult<ProjectListItemDto>(rows.Select(p => names.ListItem(p)).ToList(), total);
    }

    public async Task<ProjectDto> ToDtoAsync(Project project, CancellationToken ct) => (await NamesAsync([project], ct)).Detail(project);

    public async Task<IReadOnlyList<ProjectListItemDto>> ToListItemsAsync(IReadOnlyList<Project> projects, CancellationToken ct)
    {
        var names = await NamesAsync(projects, ct);
        return projects.Select(names.ListItem).ToList();
    }

    private async Task<Names> NamesAsync(IReadOnlyList<Project> projects, CancellationToken ct)
    {
        var sectorCodes = projects.Select(p => p.SectorCode).Distinct().ToList();
        var sectors = await db.Sectors.Where(s => sectorCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Name, ct);
        var departmentIds = projects.Select(p => p.ResponsibleDepartmentId).Concat(projects.Where(p => p.TownId != null).Select(p => p.TownId!.Value));
        return new Names(sectors, await departments.GetAsync(departmentIds, ct));
    }

    private sealed record Names(IReadOnlyDictionary<string, string> Sectors, IReadOnlyDictionary<Guid, DepartmentInfo> Departments)
    {
        private string? Department(Guid? id) => id is { } value ? Departments.GetValueOrDefault(value)?.Name : null;

        public ProjectListItemDto ListItem(Project p) => new(
            p.Id, p.Name, p.Code, p.Regime, p.SectorCode, Sectors.GetValueOrDefault(p.SectorCode), p.TownId, Department(p.TownId),
            p.ResponsibleDepartmentId, Department(p.ResponsibleDepartmentId), p.ProjectUnit, p.TotalInvestment, p.State, p.PlannedStart, p.PlannedCompletion,
            p.Maturity, p.ReviewStatus);

        public ProjectDto Detail(Project p) => new(
            p.Id, p.Name, p.Code, p.Regime, p.SectorCode, Sectors.GetValueOrDefault(p.SectorCode), p.TownId, Department(p.TownId),
            p.ResponsibleDepartmentId, Department(p.ResponsibleDepartmentId), p.ProjectUnit, p.TotalInvestment, p.State, p.PlannedStart, p.PlannedCompletion,
            p.Maturity, p.ReviewStatus,
            p.Scope, p.FundingSources.Select(f => new FundingSourceDto(f.Channel, f.Amount, f.IsSecured, f.Note)).ToList(), p.SecuredFunding,
            p.TerminationReason, p.ReviewComment, p.LandPlan, p.FeasibilityApproval, p.RevenuePlan, p.CreatedAtUtc, p.ConcurrencyStamp,
            p.SignedContractId, p.SignedContractNumber, p.ConstructionReadyAtUtc);
    }
}
