using InvestmentPipeline.SharedKernel.Time;

namespace InvestmentPipeline.Approvals.Domain.Instances;

internal enum ApprovalStepState
{
    /// <summary>Prerequisites not done yet.</summary>
    Waiting = 1,

    /// <summary>Ready: in the department's inbox.</summary>
    Pending = 2,

    /// <summary>补正: returned to the applicant for revision.</summary>
    Returned = 3,

    Approved = 4,

    Rejected = 5,

    /// <summary>Does not apply to this project (with a reason); counts as done for its dependants.</summary>
    NotApplicable = 6,
}

internal enum DecisionKind
{
    Approve = 1,
    Return = 2,
    Reject = 3,

    /// <summary>The applicant resubmitted a returned step (kept in the same history).</summary>
    Resubmit = 4,
}

/// <summary>One step of a running approval, copied from the template version when approvals started.</summary>
internal sealed class ApprovalStep
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public int Order { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string DepartmentCode { get; set; }

    /// <summary>The department (resolved from the code at start): its users see the step in their inbox and decide it.</summary>
    public Guid DepartmentId { get; set; }

    public int TimeLimitDays { get; set; }

    public List<string> Prerequisites { get; set; } = [];

    public ApprovalStepState State { get; set; }

    /// <summary>1 at first; + 1 at each resubmission after 补正 (the engine's event key carries it).</summary>
    public int Round { get; set; } = 1;

    public DateTime? FirstPendingAt { get; set; }

    /// <summary>Since when it waits in the inbox (this round).</summary>
    public DateTime? PendingSince { get; set; }

    public DateTime? ReturnedAt { get; set; }

    /// <summary>
    /// Working days spent pending in the periods already closed (by a return for 补正 or a decision). The clock pauses
    /// while the step is returned to the applicant and resumes with the current pending period.
    /// </summary>
    public int ElapsedWorkingDaysBefore { get; set; }

    public DateTime? DoneAt { get; set; }

    public string? NotApplicableReason { get; set; }

    public Guid? HandlerId { get; set; }

    public string? HandlerName { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsDone => State is ApprovalStepState.Approved or ApprovalStepState.NotApplicable;

    /// <summary>The working days spent pending up to the day (Shanghai), the current period included while pending.</summary>
    public int ElapsedWorkingDays(WorkingDays calendar, DateOnly asOf) =>
        ElapsedWorkingDaysBefore + (State == ApprovalStepState.Pending && PendingSince is { } since ? calendar.Count(LocalDate(since), asOf) : 0);

    /// <summary>Where the step stands against its limit on the day: elapsed working days, the due date while pending, the state.</summary>
    public StepClock? Clock(WorkingDays calendar, DateOnly asOf)
    {
        if (FirstPendingAt is null)
        {
            return null;
        }

        var elapsed = ElapsedWorkingDays(calendar, asOf);
        DateOnly? due = State == ApprovalStepState.Pending && PendingSince is { } since
            ? calendar.Add(LocalDate(since), Math.Max(0, TimeLimitDays - ElapsedWorkingDaysBefore))
            : null;
        return new StepClock(elapsed, due, StepClock.StateOf(elapsed, TimeLimitDays));
    }

    /// <summary>Closes the current pending period (return, decision): its working days are added to the elapsed ones.</summary>
    public void StopClock(WorkingDays calendar, DateTime now)
    {
        if (State == ApprovalStepState.Pending && PendingSince is { } since)
        {
            ElapsedWorkingDaysBefore += calendar.Count(LocalDate(since), LocalDate(now));
        }
    }

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ShanghaiClock.ToLocal(utc));
}

/// <summary>A decision (or a resubmission) on a step: who, what, when, in which round, with which comment.</summary>
internal sealed class ApprovalDecision
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid StepId { get; set; }

    public int Round { get; set; }

    public DecisionKind Kind { get; set; }

    public string? Comment { get; set; }

    public Guid UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTime At { get; set; }
}

/// <summary>The answer given to a decision request, by its Idempotency-Key: a repeated request gets it again.</summary>
internal sealed class ApprovalRequestRecord
{
    public required string Key { get; set; }

    public Guid UserId { get; set; }

    public Guid StepId { get; set; }

    public int StatusCode { get; set; }

    public required string Response { get; set; }

    public DateTime At { get; set; }
}
