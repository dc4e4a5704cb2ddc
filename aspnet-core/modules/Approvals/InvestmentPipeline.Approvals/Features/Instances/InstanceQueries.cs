using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Approvals.Features.TimeLimits;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>Reads approval instances within the user's data scope and turns them into DTOs (project and department names looked up per page).</summary>
internal sealed class InstanceQueries(ApprovalsDbContext db, IReserveProjectDirectory projects, IDepartmentDirectory departments, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Data scope: a department sees the instances with a step of its department and those of its own projects;
    /// <c>DataScope.AllDepartments</c> sees all.
    /// </summary>
    public IQueryable<ApprovalInstance> Scoped(CurrentUser user)
    {
        var query = db.ApprovalInstances.AsNoTracking();
        return user.ScopedDepartmentId is { } department
            ? query.Where(i => i.ResponsibleDepartmentId == department || i.Steps.Any(s => s.DepartmentId == department))
            : query;
    }

    public Task<ApprovalInstance?> LoadAsync(IQueryable<ApprovalInstance> query, Guid id, CancellationToken ct) =>
        query.Include(i => i.Steps).Include(i => i.Decisions).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);

    /// <summary>The newest first, a page at a time.</summary>
    public async Task<PagedResult<InstanceSummaryDto>> ListAsync(CurrentUser user, Guid? projectId, ApprovalInstanceState? state, PageQuery page, CancellationToken ct)
    {
        var query = Scoped(user);
        if (projectId is { } p)
        {
            query = query.Where(i => i.ProjectId == p);
        }

        if (state is { } s)
        {
            query = query.Where(i => i.State == s);
        }

        var total = await query.CountAsync(ct);
        var instances = await query.Include(i => i.Steps).OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id).Skip(page.Skip).Take(page.PageSize)
            .AsSplitQuery().ToListAsync(ct);
        var names = await projects.GetNamesAsync(instances.Select(i => i.ProjectId), ct);
        return new PagedResult<InstanceSummaryDto>(instances.ConvertAll(i => new InstanceSummaryDto(
            i.Id, i.ProjectId, names.GetValueOrDefault(i.ProjectId), i.Regime.ToString(), i.TemplateVersionId, i.State.ToString(), i.StartedAt, i.EndedAt,
            i.Steps.Count, i.Steps.Count(s => s.IsDone), i.Steps.Where(s => s.State == ApprovalStepState.Pending).OrderBy(s => s.Order).Select(s => s.Code).ToList())),
            total);
    }

    public async Task<InstanceDto> ToDtoAsync(ApprovalInstance instance, CancellationToken ct)
    {
        var names = await projects.GetNamesAsync([instance.ProjectId], ct);
        var departmentNames = (await departments.GetAllAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var versionNumber = await db.ApprovalTemplateVersions.Where(v => v.Id == instance.TemplateVersionId).Select(v => v.Number).SingleOrDefaultAsync(ct);
        var now = Now;
        var calendar = await db.WorkingDaysAsync(ct);
        var today = ApprovalStep.LocalDate(now);
        var decisions = instance.Decisions.ToLookup(d => d.StepId);
        var attachments = (await db.ApprovalAttachments.AsNoTracking().Where(a => a.InstanceId == instance.Id && a.DecisionId != null).OrderBy(a => a.UploadedAt).ToListAsync(ct))
            .ToLookup(a => a.DecisionId!.Value, AttachmentEndpoints.ToDto);
        var steps = instance.Steps.OrderBy(s => s.Order).Select(s =>
        {
            var clock = s.Clock(calendar, today);
            return new InstanceStepDto(
                s.Id, s.Code, s.Name, s.DepartmentCode, s.DepartmentId, departmentNames.GetValueOrDefault(s.DepartmentId), s.TimeLimitDays, s.Prerequisites,
                s.State.ToString(), s.Round, s.FirstPendingAt, s.PendingSince, s.ReturnedAt, s.DoneAt,
                s.FirstPendingAt is { } from ? Days(from, s.DoneAt ?? now) : null,
                s.NotApplicableReason, s.HandlerId, s.HandlerName,
                decisions[s.Id].OrderBy(d => d.At).ThenBy(d => d.Round).Select(d => ToDto(d, attachments[d.Id].ToList())).ToList(),
                s.ConcurrencyStamp, clock?.ElapsedWorkingDays, clock?.DueOn, clock?.State.ToString());
        }).ToList();
        return new InstanceDto(
            instance.Id, instance.ProjectId, names.GetValueOrDefault(instance.ProjectId), instance.Regime.ToString(), instance.TemplateVersionId, versionNumber,
            instance.State.ToString(), instance.ResponsibleDepartmentId, departmentNames.GetValueOrDefault(instance.ResponsibleDepartmentId),
            instance.StartedAt, instance.StartedByName, instance.EndedAt, steps);
    }

    /// <summary>The pending steps of a department (running instances), oldest first.</summary>
    public Task<PagedResult<TaskDto>> InboxAsync(Guid departmentId, PageQuery page, CancellationToken ct) =>
        TasksAsync(
            db.ApprovalSteps.AsNoTracking().Where(s => s.DepartmentId == departmentId && s.State == ApprovalStepState.Pending),
            page, ct);

    /// <summary>Returned (补正) steps of the projects of a department (null: all departments), oldest first.</summary>
    public Task<PagedResult<TaskDto>> ReturnedAsync(Guid? departmentId, PageQuery page, CancellationToken ct)
    {
        var instances = db.ApprovalInstances.Where(i => i.State == ApprovalInstanceState.Running);
        if (departmentId is { } d)
        {
            instances = instances.Where(i => i.ResponsibleDepartmentId == d);
        }

        return TasksAsync(
            db.ApprovalSteps.AsNoTracking().Where(s => s.State == ApprovalStepState.Returned && instances.Any(i => i.Id == s.InstanceId)),
            page, ct);
    }

    private async Task<PagedResult<TaskDto>> TasksAsync(IQueryable<ApprovalStep> steps, PageQuery page, CancellationToken ct)
    {
        var running = steps.Join(
            db.ApprovalInstances.Where(i => i.State == ApprovalInstanceState.Running), s => s.InstanceId, i => i.Id, (s, i) => new { Step = s, i.ProjectId });
        var total = await running.CountAsync(ct);
        var rows = await running.OrderBy(r => r.Step.ReturnedAt ?? r.Step.PendingSince).ThenBy(r => r.Step.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var stepIds = rows.Select(r => r.Step.Id).ToList();
        var lastComments = (await db.ApprovalDecisions.AsNoTracking().Where(d => stepIds.Contains(d.StepId)).ToListAsync(ct))
            .GroupBy(d => d.StepId).ToDictionary(g => g.Key, g => g.OrderBy(d => d.At).ThenBy(d => d.Round).Last().Comment);
        var names = await projects.GetNamesAsync(rows.Select(r => r.ProjectId), ct);
        var departmentNames = (await departments.GetAllAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var now = Now;
        var calendar = await db.WorkingDaysAsync(ct);
        var today = ApprovalStep.LocalDate(now);
        var items = rows.ConvertAll(r =>
        {
            var since = r.Step.ReturnedAt ?? r.Step.PendingSince ?? now;
            var clock = r.Step.Clock(calendar, today);
            return new TaskDto(
                r.Step.Id, r.Step.InstanceId, r.ProjectId, names.GetValueOrDefault(r.ProjectId), r.Step.Code, r.Step.Name, r.Step.DepartmentCode,
                departmentNames.GetValueOrDefault(r.Step.DepartmentId), r.Step.Round, r.Step.TimeLimitDays, since, Days(since, now),
                r.Step.HandlerId, r.Step.HandlerName, lastComments.GetValueOrDefault(r.Step.Id), r.Step.ConcurrencyStamp,
                clock?.ElapsedWorkingDays ?? 0, clock?.DueOn, (clock?.State ?? LimitState.Normal).ToString());
        });
        return new PagedResult<TaskDto>(items, total);
    }

    public static DecisionDto ToDto(ApprovalDecision d, IReadOnlyList<AttachmentDto> attachments) =>
        new(d.Id, d.StepId, d.Round, d.Kind.ToString(), d.Comment, d.UserId, d.UserName, d.At, attachments);

    /// <summary>Calendar days, for how long a step has waited or took; the time limit counts working days (<see cref="ApprovalStep.Clock"/>).</summary>
    private static int Days(DateTime from, DateTime to) => Math.Max(0, (to.Date - from.Date).Days);
}
