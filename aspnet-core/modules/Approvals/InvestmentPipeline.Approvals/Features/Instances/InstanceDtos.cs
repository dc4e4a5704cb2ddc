using System.ComponentModel.DataAnnotations;

namespace InvestmentPipeline.Approvals.Features.Instances;

public sealed record NotApplicableRequest(
    [property: Required(ErrorMessage = "请填写步骤编码"), StringLength(32, ErrorMessage = "步骤编码无效")] string? StepCode,
    [property: Required(ErrorMessage = "请填写不适用的理由"), StringLength(500, MinimumLength = 2, ErrorMessage = "理由应为 2–500 字")] string? Reason);

public sealed record StartApprovalRequest(
    [property: Required(ErrorMessage = "请选择项目")] Guid? ProjectId,
    List<NotApplicableRequest>? NotApplicable) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (item, i) in (NotApplicable ?? []).Select((n, i) => (n, i)))
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(item, new ValidationContext(item), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => $"NotApplicable[{i}].{m}"));
            }
        }
    }
}

public sealed record DecideRequest(
    [property: Required(ErrorMessage = "请选择办理结果"), RegularExpression("^(Approve|Return|Reject)$", ErrorMessage = "办理结果应为 Approve（通过）、Return（退回补正）或 Reject（不予批准）")] string? Decision,
    [property: StringLength(2000, ErrorMessage = "意见不超过 2000 字")] string? Comment,
    Guid ConcurrencyStamp,
    [property: MaxLength(20, ErrorMessage = "一次办理最多 20 个附件")] List<Guid>? AttachmentIds = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Decision is "Return" or "Reject" && string.IsNullOrWhiteSpace(Comment))
        {
            yield return new ValidationResult(Decision == "Return" ? "退回补正须填写需要补正的内容" : "不予批准须填写理由", [nameof(Comment)]);
        }
    }
}

public sealed record ResubmitRequest(
    [property: Required(ErrorMessage = "请填写补正说明"), StringLength(2000, MinimumLength = 2, ErrorMessage = "补正说明应为 2–2000 字")] string? Comment);

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, int Size);

public sealed record DecisionDto(
    Guid Id, Guid StepId, int Round, string Kind, string? Comment, Guid UserId, string UserName, DateTime At, IReadOnlyList<AttachmentDto> Attachments);

public sealed record InstanceStepDto(
    Guid Id, string Code, string Name, string DepartmentCode, Guid DepartmentId, string? DepartmentName, int TimeLimitDays, IReadOnlyList<string> Prerequisites,
    string State, int Round, DateTime? FirstPendingAt, DateTime? PendingSince, DateTime? ReturnedAt, DateTime? DoneAt, int? DurationDays,
    string? NotApplicableReason, Guid? HandlerId, string? HandlerName, IReadOnlyList<DecisionDto> Decisions, Guid ConcurrencyStamp,
    int? ElapsedWorkingDays, DateOnly? DueOn, string? LimitState);

public sealed record InstanceSummaryDto(
    Guid Id, Guid ProjectId, string? ProjectName, string Regime, Guid TemplateVersionId, string State, DateTime StartedAt, DateTime? EndedAt,
    int StepCount, int DoneCount, IReadOnlyList<string> PendingSteps);

public sealed record InstanceDto(
    Guid Id, Guid ProjectId, string? ProjectName, string Regime, Guid TemplateVersionId, int TemplateVersionNumber, string State,
    Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName, DateTime StartedAt, string StartedByName, DateTime? EndedAt,
    IReadOnlyList<InstanceStepDto> Steps);

/// <summary>A step in an inbox (the department's pending steps, or the applicant's returned ones).</summary>
public sealed record TaskDto(
    Guid StepId, Guid InstanceId, Guid ProjectId, string? ProjectName, string StepCode, string StepName, string DepartmentCode, string? DepartmentName,
    int Round, int TimeLimitDays, DateTime Since, int DaysWaiting, Guid? HandlerId, string? HandlerName, string? LastComment, Guid ConcurrencyStamp,
    int ElapsedWorkingDays, DateOnly? DueOn, string LimitState);

/// <summary>The answer to a decision (stored by Idempotency-Key and returned again for a repeated request).</summary>
public sealed record DecisionResultDto(
    Guid DecisionId, Guid StepId, string Decision, string StepState, int Round, Guid InstanceId, string InstanceState, IReadOnlyList<string> NowPending);

public sealed record AssignStepRequest(
    [property: Required(ErrorMessage = "请选择转交给哪位同事")] Guid? UserId,
    Guid ConcurrencyStamp);

public sealed record ColleagueDto(Guid UserId, string DisplayName);

/// <summary>A step in the forecast: expected working days and their basis ("median" of <paramref name="SampleCount"/> completed steps, or "limit").</summary>
public sealed record StepForecastDto(
    string Code, int ExpectedDays, int RemainingDays, string Basis, int SampleCount, DateOnly? ExpectedStartOn, DateOnly? ExpectedDoneOn, bool OnCriticalPath);

/// <summary>When the approvals are expected through (null once rejected; the end date once completed) and the chain that decides it.</summary>
public sealed record ForecastDto(Guid InstanceId, string State, DateOnly? ForecastOn, IReadOnlyList<string> CriticalPath, int RemainingWorkingDays, IReadOnlyList<StepForecastDto> Steps);
