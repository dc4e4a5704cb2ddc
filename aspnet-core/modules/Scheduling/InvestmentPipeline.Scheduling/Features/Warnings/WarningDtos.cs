using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>
/// A warning as the lists show it: the rule with its thresholds, the data measured (in the rule's unit), since which month
/// and the exemption. <c>Threshold</c> is the one the current level crossed.
/// </summary>
public sealed record WarningDto(
    Guid Id, Guid ProjectId, string ProjectName, string? ProjectCode, string ResponsibleUnit, int Year, WarningRuleCode Rule, string RuleName,
    string Thresholds, WarningLevel Level, WarningStatus Status, decimal Measure, string Unit, decimal Threshold, string Data, int RuleVersion,
    int SinceMonth, DateTime SinceUtc, int EvaluatedMonth, ExemptionStatus Exemption, string? ExemptionReason, string? ExemptionRequestedBy,
    string? ExemptionDecidedBy, string? ExemptionComment, Guid ConcurrencyStamp);

public sealed record WarningEventDto(WarningEventKind Kind, WarningLevel Level, decimal Measure, string Text, int Year, int Month, DateTime AtUtc, string? By);

public sealed record WarningDetailDto(WarningDto Warning, IReadOnlyList<WarningEventDto> Events);

public sealed record WarningRuleCountDto(WarningRuleCode Rule, string Name, int Red, int Yellow);

/// <summary>The open warnings of a year by level and rule, and the latest evaluation (null before the first).</summary>
public sealed record WarningSummaryDto(
    int Year, int Red, int Yellow, int Exempted, int ExemptionsPending, IReadOnlyList<WarningRuleCountDto> ByRule, WarningEvaluationDto? LatestEvaluation);

public sealed record WarningEvaluationDto(
    Guid Id, int Year, int Month, EvaluationTrigger Trigger, string? By, DateTime StartedAtUtc, int DurationMilliseconds, int ProjectCount,
    int Raised, int Escalated, int Reduced, int Resolved, int OpenRed, int OpenYellow);

public sealed record WarningRuleDto(
    WarningRuleCode Code, string Name, string Measure, string Unit, decimal YellowThreshold, decimal RedThreshold, string Thresholds, bool Enabled,
    bool HasDataSource, int Version, DateTime ChangedAtUtc, Guid ConcurrencyStamp);

public sealed record SaveWarningRuleRequest(
    [property: Required(ErrorMessage = "请填写黄色阈值")] decimal? YellowThreshold,
    [property: Required(ErrorMessage = "请填写红色阈值")] decimal? RedThreshold,
    bool Enabled,
    Guid ConcurrencyStamp);

/// <summary>Without a month, the current period (the month before today).</summary>
public sealed record EvaluateWarningsRequest([property: Range(2000, 2100, ErrorMessage = "年份应在 2000–2100 之间")] int? Year, [property: Range(1, 12, ErrorMessage = "月份应为 1–12")] int? Month);

public sealed record RequestExemptionRequest(
    [property: Required(ErrorMessage = "请填写豁免理由"), StringLength(1000, MinimumLength = 4, ErrorMessage = "豁免理由应为 4–1000 字")] string? Reason,
    Guid ConcurrencyStamp);

public sealed record DecideExemptionRequest(
    [property: Required(ErrorMessage = "请选择同意或不同意")] bool? Grant,
    [property: StringLength(1000, ErrorMessage = "审核意见不能超过 1000 字")] string? Comment,
    Guid ConcurrencyStamp);
