namespace InvestmentPipeline.Approvals.Contracts;

/// <summary>
/// A pending approval step of a running instance that has used at least 80 % of its time limit (working days, the
/// 补正 pauses left out): <see cref="Overdue"/> when past the limit (a red 前期手续 warning), otherwise nearly due (yellow).
/// </summary>
public sealed record ApprovalStepProgress(
    Guid ProjectId, Guid InstanceId, Guid StepId, string StepCode, string StepName, Guid DepartmentId, int ElapsedWorkingDays, int TimeLimitDays,
    DateOnly DueOn, bool Overdue);

/// <summary>Approval time limits for other modules (Scheduling's 前期手续 warning).</summary>
public interface IApprovalProgress
{
    /// <summary>Per project (only those with such steps), its pending steps at ≥ 80 % of their limit or past it on the day.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<ApprovalStepProgress>>> GetOverdueStepsAsync(
        IEnumerable<Guid> projectIds, DateOnly asOf, CancellationToken cancellationToken);
}
