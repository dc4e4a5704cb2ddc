using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Features.Problems;

/// <summary>A coordination problem as the lists show it; <c>Overdue</c> is as of today in Shanghai.</summary>
public sealed record ProblemDto(
    Guid Id, Guid ProjectId, string ProjectName, int Year, string CategoryCode, string CategoryName, string Description, Guid AssignedDepartmentId,
    string AssignedDepartmentName, DateOnly Deadline, ProblemStatus Status, bool Overdue, bool Escalated, EscalationLevel EscalationLevel,
    string? Resolution, string? Evidence, DateTime? ResolvedAtUtc, Guid? SourceWarningId, string CreatedBy, DateTime CreatedAtUtc, Guid ConcurrencyStamp);

public sealed record ProblemEventDto(ProblemEventKind Kind, ProblemStatus Status, EscalationLevel EscalationLevel, string Text, DateTime AtUtc, string? By);

public sealed record ProblemDetailDto(ProblemDto Problem, IReadOnlyList<ProblemEventDto> Events);

public sealed record ProblemCategoryCountDto(string Code, string Name, int Unresolved, int Total);

/// <summary>The year's problems by status, overdue and escalated, and by category (most unresolved first).</summary>
public sealed record ProblemSummaryDto(
    int Year, int Total, int Assigned, int InProgress, int Resolved, int Overdue, int EscalatedToOffice, int EscalatedToLeaders,
    IReadOnlyList<ProblemCategoryCountDto> ByCategory);

public sealed record CreateProblemRequest(
    [property: Required(ErrorMessage = "请填写年度"), Range(2000, 2100, ErrorMessage = "年份应在 2000–2100 之间")] int? Year,
    [property: Required(ErrorMessage = "请选择项目")] Guid? ProjectId,
    [property: Required(ErrorMessage = "请选择问题类别"), StringLength(32, ErrorMessage = "问题类别无效")] string? CategoryCode,
    [property: Required(ErrorMessage = "请填写问题描述"), StringLength(2000, MinimumLength = 4, ErrorMessage = "问题描述应为 4–2000 字")] string? Description,
    [property: Required(ErrorMessage = "请选择交办单位")] Guid? AssignedDepartmentId,
    [property: Required(ErrorMessage = "请填写办理期限")] DateOnly? Deadline,
    Guid? SourceWarningId);

public sealed record StartProblemRequest(Guid ConcurrencyStamp);

public sealed record ResolveProblemRequest(
    [property: Required(ErrorMessage = "请填写办理结果"), StringLength(2000, MinimumLength = 2, ErrorMessage = "办理结果应为 2–2000 字")] string? Resolution,
    [property: Required(ErrorMessage = "请填写佐证材料说明"), StringLength(2000, MinimumLength = 2, ErrorMessage = "佐证材料说明应为 2–2000 字")] string? Evidence,
    Guid ConcurrencyStamp);

public sealed record ReopenProblemRequest(
    [property: Required(ErrorMessage = "请填写重新打开的理由"), StringLength(1000, MinimumLength = 2, ErrorMessage = "理由应为 2–1000 字")] string? Reason,
    Guid ConcurrencyStamp);
