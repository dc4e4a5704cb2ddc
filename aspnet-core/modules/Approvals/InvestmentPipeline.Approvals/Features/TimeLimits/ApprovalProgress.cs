using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Domain;

namespace InvestmentPipeline.Approvals.Features.TimeLimits;

/// <summary>The pending steps at ≥ 80 % of their limit or past it, for Scheduling's 前期手续 warning.</summary>
internal sealed class ApprovalProgress(TimeLimitQueries queries) : IApprovalProgress
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ApprovalStepProgress>>> GetOverdueStepsAsync(
        IEnumerable<Guid> projectIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var ids = projectIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<ApprovalStepProgress>>();
        }

        var pending = await queries.PendingAsync(ids, asOf, cancellationToken);
        return pending.Where(p => p.Clock.State != LimitState.Normal)
            .GroupBy(p => p.ProjectId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ApprovalStepProgress>)g.Select(p => new ApprovalStepProgress(
                p.ProjectId, p.Step.InstanceId, p.Step.Id, p.Step.Code, p.Step.Name, p.Step.DepartmentId, p.Clock.ElapsedWorkingDays, p.Step.TimeLimitDays,
                p.Clock.DueOn!.Value, p.Clock.State == LimitState.Overdue)).ToList());
    }
}
