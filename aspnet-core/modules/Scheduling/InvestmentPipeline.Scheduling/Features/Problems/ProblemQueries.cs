using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain.Problems;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Problems;

/// <summary>The list's filters; all are optional.</summary>
internal sealed record ProblemFilter(int? Year, ProblemStatus? Status, string? Category, Guid? DepartmentId, bool OverdueOnly, string? Search);

/// <summary>
/// Problems within the caller's data scope: a department sees those assigned to it and those on its projects (as the
/// responsible unit or the town); filtered and paged in SQL.
/// </summary>
internal sealed class ProblemQueries(SchedulingDbContext db, TimeProvider time)
{
    public DateOnly Today => ShanghaiClock.Today(time);

    public IQueryable<CoordinationProblem> Scoped(CurrentUser user, bool tracked = false)
    {
        var problems = tracked ? db.Problems : db.Problems.AsNoTracking();
        return user.ScopedDepartmentId is { } department
            ? problems.Where(p => p.AssignedDepartmentId == department || p.ProjectDepartmentId == department || p.ProjectTownId == department)
            : problems;
    }

    public IQueryable<CoordinationProblem> Filter(IQueryable<CoordinationProblem> problems, ProblemFilter filter)
    {
        if (filter.Year is { } year)
        {
            problems = problems.Where(p => p.Year == year);
        }

        if (filter.Status is { } status)
        {
            problems = problems.Where(p => p.Status == status);
        }

        if (filter.Category?.Trim() is { Length: > 0 } category)
        {
            problems = problems.Where(p => p.CategoryCode == category);
        }

        if (filter.DepartmentId is { } department)
        {
            problems = problems.Where(p => p.AssignedDepartmentId == department);
        }

        if (filter.OverdueOnly)
        {
            var today = Today;
            problems = problems.Where(p => p.Status != ProblemStatus.Resolved && p.Deadline < today);
        }

        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            problems = problems.Where(p => p.ProjectName.Contains(term) || p.Description.Contains(term) || p.AssignedDepartmentName.Contains(term));
        }

        return problems;
    }

    /// <summary>Unresolved first, the earliest deadline first.</summary>
    public async Task<PagedResult<ProblemDto>> PageAsync(IQueryable<CoordinationProblem> problems, PageQuery paging, CancellationToken ct)
    {
        var total = await problems.CountAsync(ct);
        var page = await problems.OrderBy(p => p.Status == ProblemStatus.Resolved).ThenBy(p => p.Deadline).ThenBy(p => p.ProjectName).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        var categories = await CategoryNamesAsync(ct);
        return new PagedResult<ProblemDto>(page.Select(p => ToDto(p, categories)).ToList(), total);
    }

    public async Task<Dictionary<string, string>> CategoryNamesAsync(CancellationToken ct) =>
        await db.ProblemCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);

    public ProblemDto ToDto(CoordinationProblem p, IReadOnlyDictionary<string, string> categories) => new(
        p.Id, p.ProjectId, p.ProjectName, p.Year, p.CategoryCode, categories.GetValueOrDefault(p.CategoryCode, p.CategoryCode), p.Description,
        p.AssignedDepartmentId, p.AssignedDepartmentName, p.Deadline, p.Status, p.IsOverdue(Today), p.Escalated, p.EscalationLevel, p.Resolution,
        p.Evidence, p.ResolvedAtUtc, p.SourceWarningId, p.CreatedBy, p.CreatedAtUtc, p.ConcurrencyStamp);

    public static ProblemEventDto ToDto(ProblemEvent e) => new(e.Kind, e.Status, e.EscalationLevel, e.Text, e.AtUtc, e.By);
}
