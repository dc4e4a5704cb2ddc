using InvestmentPipeline.Approvals.Domain;

namespace InvestmentPipeline.Approvals.Features.TimeLimits;

/// <summary>
/// An in-app time-limit message to a department about one step in one round: the 80 % reminder to the step's
/// department, or the escalation past the limit (to the step's department and to 区重点办). Each level is sent once
/// per step and round (a unique index guards it).
/// </summary>
internal sealed class ApprovalReminder
{
    public const int ProjectNameMaxLength = 200;

    public Guid Id { get; set; }

    /// <summary>Who sees the row (its users got the mail).</summary>
    public Guid DepartmentId { get; set; }

    public Guid InstanceId { get; set; }

    public Guid ProjectId { get; set; }

    public string ProjectName { get; set; } = string.Empty;

    public Guid StepId { get; set; }

    public int Round { get; set; }

    public required string StepName { get; set; }

    public Guid StepDepartmentId { get; set; }

    public LimitState Level { get; set; }

    public int ElapsedWorkingDays { get; set; }

    public int TimeLimitDays { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly SentOn { get; set; }

    public int EmailedTo { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

public sealed record ApprovalReminderDto(
    Guid Id, Guid DepartmentId, Guid InstanceId, Guid ProjectId, string ProjectName, Guid StepId, int Round, string StepName, Guid StepDepartmentId,
    string Level, int ElapsedWorkingDays, int TimeLimitDays, DateOnly DueOn, DateOnly SentOn, int EmailedTo);

public sealed record TimeLimitRunDto(DateOnly Today, int Reminded, int Escalated, int Emails);
