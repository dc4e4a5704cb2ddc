using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain.Inspections;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Inspections;

internal sealed record InspectionFilter(int? Year, InspectionKind? Kind, string? Search);

internal sealed record RectificationFilter(int? Year, RectificationStatus? Status, bool OverdueOnly, Guid? DepartmentId, string? Search);

/// <summary>
/// Inspections and their rectification items within the caller's data scope: a department sees the items it is
/// responsible for, and the inspections that left it one.
/// </summary>
internal sealed class InspectionQueries(SchedulingDbContext db, TimeProvider time)
{
    public DateOnly Today => ShanghaiClock.Today(time);

    public IQueryable<RectificationItem> ScopedItems(CurrentUser user, bool tracked = false)
    {
        var items = tracked ? db.RectificationItems : db.RectificationItems.AsNoTracking();
        return user.ScopedDepartmentId is { } department ? items.Where(r => r.ResponsibleDepartmentId == department) : items;
    }

    public IQueryable<Inspection> Scoped(CurrentUser user)
    {
        var inspections = db.Inspections.AsNoTracking();
        return user.ScopedDepartmentId is { } department
            ? inspections.Where(i => db.RectificationItems.Any(r => r.InspectionId == i.Id && r.ResponsibleDepartmentId == department))
            : inspections;
    }

    public static IQueryable<Inspection> Filter(IQueryable<Inspection> inspections, InspectionFilter filter)
    {
        if (filter.Year is { } year)
        {
            inspections = inspections.Where(i => i.Year == year);
        }

        if (filter.Kind is { } kind)
        {
            inspections = inspections.Where(i => i.Kind == kind);
        }

        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            inspections = inspections.Where(i => i.Findings.Contains(term) || i.Inspectors.Contains(term) || i.Projects.Any(p => p.ProjectName.Contains(term)));
        }

        return inspections;
    }

    public IQueryable<RectificationItem> Filter(IQueryable<RectificationItem> items, RectificationFilter filter)
    {
        if (filter.Year is { } year)
        {
            items = items.Where(r => r.Year == year);
        }

        if (filter.Status is { } status)
        {
            items = items.Where(r => r.Status == status);
        }

        if (filter.OverdueOnly)
        {
            var today = Today;
            items = items.Where(r => r.Status == RectificationStatus.Open && r.Deadline < today);
        }

        if (filter.DepartmentId is { } department)
        {
            items = items.Where(r => r.ResponsibleDepartmentId == department);
        }

        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            items = items.Where(r => r.ProjectName.Contains(term) || r.Description.Contains(term) || r.ResponsibleDepartmentName.Contains(term));
        }

        return items;
    }

    /// <summary>The latest first; each with the counts of its items the caller may see.</summary>
    public async Task<PagedResult<InspectionDto>> PageAsync(IQueryable<Inspection> inspections, CurrentUser user, PageQuery paging, CancellationToken ct)
    {
        var total = await inspections.CountAsync(ct);
        var page = await inspections.Include(i => i.Projects).OrderByDescending(i => i.Date).ThenByDescending(i => i.CreatedAtUtc)
            .Skip(paging.Skip).Take(paging.PageSize).AsSplitQuery().ToListAsync(ct);
        var ids = page.Select(i => i.Id).ToList();
        var items = await ScopedItems(user).Where(r => ids.Contains(r.InspectionId)).ToListAsync(ct);
        return new PagedResult<InspectionDto>(page.Select(i => ToDto(i, items.Where(r => r.InspectionId == i.Id).ToList())).ToList(), total);
    }

    /// <summary>Open first, the earliest deadline first.</summary>
    public async Task<PagedResult<RectificationDto>> PageAsync(IQueryable<RectificationItem> items, PageQuery paging, CancellationToken ct)
    {
        var total = await items.CountAsync(ct);
        var page = await items.OrderBy(r => r.Status == RectificationStatus.Closed).ThenBy(r => r.Deadline).ThenBy(r => r.ProjectName).ThenBy(r => r.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return new PagedResult<RectificationDto>(page.Select(ToDto).ToList(), total);
    }

    public InspectionDto ToDto(Inspection i, IReadOnlyList<RectificationItem> items) => new(
        i.Id, i.Kind, i.Date, i.Year, i.Inspectors, i.Findings, i.Projects.Select(p => new InspectedProjectDto(p.ProjectId, p.ProjectName)).ToList(),
        items.Count, items.Count(r => r.Status != RectificationStatus.Closed), items.Count(r => r.IsOverdue(Today)), i.CreatedBy, i.CreatedAtUtc,
        i.ConcurrencyStamp);

    public RectificationDto ToDto(RectificationItem r) => new(
        r.Id, r.InspectionId, r.InspectionKind, r.Year, r.ProjectId, r.ProjectName, r.Description, r.ResponsibleDepartmentId, r.ResponsibleDepartmentName,
        r.Deadline, r.Status, r.IsOverdue(Today), r.EscalationLevel, r.Report, r.RectifiedAtUtc, r.VerificationComment, r.FailedVerifications,
        r.ConcurrencyStamp);

    public RectificationDetailDto ToDetail(RectificationItem r) => new(
        ToDto(r), r.Events.OrderBy(e => e.Sequence).Select(e => new RectificationEventDto(e.Kind, e.Status, e.EscalationLevel, e.Text, e.AtUtc, e.By)).ToList());
}
