using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>
/// The plan projects' 前期手续 today (Shanghai): their lagging approval steps from Approvals, read for all projects in
/// one call, with the departments' names, and the completions Approvals announced.
/// </summary>
internal sealed class PreProcedureStatusReader(SchedulingDbContext db, IApprovalProgress approvals, IDepartmentDirectory departments, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<Guid, PreProcedureStatus>> LoadAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken ct)
    {
        var today = ShanghaiClock.Today(time);
        var lagging = await approvals.GetOverdueStepsAsync(projectIds, today, ct);
        var completed = (await db.PreProceduresCompletions.AsNoTracking().Where(c => projectIds.Contains(c.ProjectId)).ToListAsync(ct))
            .ToDictionary(c => c.ProjectId, c => DateOnly.FromDateTime(ShanghaiClock.ToLocal(c.CompletedAtUtc)));
        var names = lagging.Count == 0
            ? new Dictionary<Guid, DepartmentInfo>()
            : await departments.GetAsync(lagging.Values.SelectMany(steps => steps).Select(s => s.DepartmentId).Distinct(), ct);

        return projectIds.Distinct().ToDictionary(id => id, id => new PreProcedureStatus(
            today,
            lagging.TryGetValue(id, out var steps)
                ? steps.Select(s => new LaggingApprovalStep(
                    s.StepName, names.GetValueOrDefault(s.DepartmentId)?.Name ?? "未知部门", s.ElapsedWorkingDays, s.TimeLimitDays, s.DueOn, s.Overdue)).ToList()
                : [],
            completed.TryGetValue(id, out var on) ? on : null));
    }
}
