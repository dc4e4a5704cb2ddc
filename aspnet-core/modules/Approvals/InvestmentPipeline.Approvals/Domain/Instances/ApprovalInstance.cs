using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Approvals.Domain.Instances;

internal enum ApprovalInstanceState
{
    Running = 1,
    Completed = 2,
    Rejected = 3,
}

/// <summary>Who did something, as the record keeps it (the name stays when the user is renamed or disabled).</summary>
internal sealed record Actor(Guid UserId, string Name);

/// <summary>What one change of an instance asks of the engine and of other modules, written to the outbox with it.</summary>
internal sealed record InstanceChange(ApprovalDecision Decision, IReadOnlyList<EngineEvent> EngineEvents, bool TerminateWorkflow, bool Completed);

/// <summary>
/// 前期审批实例: one project's run of one published template version (kept forever, even when a newer version is
/// published). Its steps are the source of truth for the inboxes: every change updates the steps in the same
/// transaction (the decided step, and the dependants that thereby become ready), so the next department sees its
/// task at once; the WorkflowCore instance follows through the outbox for durability and time. The instance's
/// concurrency stamp changes with every decision, so two decisions on different steps of one instance are
/// serialized (otherwise both could miss that together they made a common dependant ready).
/// </summary>
internal sealed class ApprovalInstance
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public InvestmentRegime Regime { get; set; }

    public Guid TemplateVersionId { get; set; }

    /// <summary>The project's responsible department when approvals started: the applicant that resubmits returned steps.</summary>
    public Guid ResponsibleDepartmentId { get; set; }

    public ApprovalInstanceState State { get; set; }

    public DateTime StartedAt { get; set; }

    public Guid StartedById { get; set; }

    public string StartedByName { get; set; } = string.Empty;

    public DateTime? EndedAt { get; set; }

    public List<ApprovalStep> Steps { get; set; } = [];

    public List<ApprovalDecision> Decisions { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public static ApprovalInstance Start(
        ReserveProjectInfo project, ApprovalTemplateVersion version, IReadOnlyDictionary<string, Guid> departmentIds,
        IReadOnlyDictionary<string, string> notApplicable, Actor actor, DateTime now)
    {
        var instance = new ApprovalInstance
        {
            Id = Guid.NewGuid(),
            ProjectId = project.Id,
            Regime = project.Regime,
            TemplateVersionId = version.Id,
            ResponsibleDepartmentId = project.ResponsibleDepartmentId,
            State = ApprovalInstanceState.Running,
            StartedAt = now,
            StartedById = actor.UserId,
            StartedByName = actor.Name,
        };
        instance.Steps = version.Steps.Select((s, i) => new ApprovalStep
        {
            Id = Guid.NewGuid(),
            InstanceId = instance.Id,
            Order = i,
            Code = s.Code,
            Name = s.Name,
            DepartmentCode = s.DepartmentCode,
            DepartmentId = departmentIds.GetValueOrDefault(s.DepartmentCode),
            TimeLimitDays = s.TimeLimitDays,
            Prerequisites = [.. s.Prerequisites],
            Round = 1,
            State = notApplicable.ContainsKey(s.Code) ? ApprovalStepState.NotApplicable : ApprovalStepState.Waiting,
            NotApplicableReason = notApplicable.GetValueOrDefault(s.Code),
            DoneAt = notApplicable.ContainsKey(s.Code) ? now : null,
        }).ToList();
        instance.ReleaseReadySteps(now);
        if (instance.Steps.All(s => s.IsDone))
        {
            instance.State = ApprovalInstanceState.Completed;
            instance.EndedAt = now;
        }

        return instance;
    }

    public ApprovalStep? Step(Guid stepId) => Steps.SingleOrDefault(s => s.Id == stepId);

    /// <summary>Approve, return (补正) or reject a pending step; the caller checked who may and that the step is pending.</summary>
    public InstanceChange Decide(ApprovalStep step, DecisionKind kind, string? comment, Actor actor, DateTime now, WorkingDays calendar)
    {
        if (State != ApprovalInstanceState.Running || step.State != ApprovalStepState.Pending || kind == DecisionKind.Resubmit)
        {
            throw new InvalidOperationException($"步骤 {step.Code} 当前不能办理。");
        }

        step.StopClock(calendar, now);
        var decision = Record(step, kind, comment, actor, now);
        var events = new List<EngineEvent> { EngineEvent.Decision(Id, step.Code, step.Round, kind) };
        var terminate = false;
        var completed = false;
        switch (kind)
        {
            case DecisionKind.Approve:
                step.State = ApprovalStepState.Approved;
                step.DoneAt = now;
                // our code (not the engine) announces "step done": it is a fact of this transaction, and it reaches the
                // engine in the same outbox message as the decision
                events.Add(EngineEvent.StepDone(Id, step.Code));
                ReleaseReadySteps(now);
                if (Steps.All(s => s.IsDone))
                {
                    State = ApprovalInstanceState.Completed;
                    EndedAt = now;
                    completed = true;
                }

                break;
            case DecisionKind.Return:
                step.State = ApprovalStepState.Returned;
                step.ReturnedAt = now;
                break;
            case DecisionKind.Reject:
                step.State = ApprovalStepState.Rejected;
                step.DoneAt = now;
                State = ApprovalInstanceState.Rejected;
                EndedAt = now;
                terminate = true;
                break;
        }

        step.HandlerId = null;
        step.HandlerName = null;
        return new InstanceChange(decision, events, terminate, completed);
    }

    /// <summary>
    /// The applicant resubmits a returned step: pending again in a new round. The engine already waits for the decision
    /// of that round (it moved on when it received the return), so nothing is published.
    /// </summary>
    public ApprovalDecision Resubmit(ApprovalStep step, string? comment, Actor actor, DateTime now)
    {
        if (State != ApprovalInstanceState.Running || step.State != ApprovalStepState.Returned)
        {
            throw new InvalidOperationException($"步骤 {step.Code} 当前不能重新提交。");
        }

        step.Round++;
        step.State = ApprovalStepState.Pending;
        step.PendingSince = now;
        step.ReturnedAt = null;
        var decision = Record(step, DecisionKind.Resubmit, comment, actor, now);
        decision.Round = step.Round;
        return decision;
    }

    /// <summary>Waiting steps whose prerequisites are all done (approved or not applicable) go to their department's inbox.</summary>
    private void ReleaseReadySteps(DateTime now)
    {
        var done = Steps.Where(s => s.IsDone).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var step in Steps.Where(s => s.State == ApprovalStepState.Waiting && s.Prerequisites.All(done.Contains)))
        {
            step.State = ApprovalStepState.Pending;
            step.PendingSince = now;
            step.FirstPendingAt ??= now;
            step.ConcurrencyStamp = Guid.NewGuid();
        }
    }

    private ApprovalDecision Record(ApprovalStep step, DecisionKind kind, string? comment, Actor actor, DateTime now)
    {
        var decision = new ApprovalDecision
        {
            Id = Guid.NewGuid(),
            InstanceId = Id,
            StepId = step.Id,
            Round = step.Round,
            Kind = kind,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            UserId = actor.UserId,
            UserName = actor.Name,
            At = now,
        };
        Decisions.Add(decision);
        step.ConcurrencyStamp = Guid.NewGuid();
        ConcurrencyStamp = Guid.NewGuid();
        return decision;
    }
}
