using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Features.Inspections;

public sealed record InspectedProjectDto(Guid ProjectId, string ProjectName);

/// <summary>An inspection as the list shows it, with the counts of its rectification items (within the caller's scope).</summary>
public sealed record InspectionDto(
    Guid Id, InspectionKind Kind, DateOnly Date, int Year, string Inspectors, string Findings, IReadOnlyList<InspectedProjectDto> Projects,
    int ItemCount, int OpenItems, int OverdueItems, string CreatedBy, DateTime CreatedAtUtc, Guid ConcurrencyStamp);

/// <summary>A 限期整改 item; <c>Overdue</c> is as of today in Shanghai.</summary>
public sealed record RectificationDto(
    Guid Id, Guid InspectionId, InspectionKind InspectionKind, int Year, Guid ProjectId, string ProjectName, string Description,
    Guid ResponsibleDepartmentId, string ResponsibleDepartmentName, DateOnly Deadline, RectificationStatus Status, bool Overdue,
    EscalationLevel EscalationLevel, string? Report, DateTime? RectifiedAtUtc, string? VerificationComment, int FailedVerifications,
    Guid ConcurrencyStamp);

public sealed record RectificationEventDto(RectificationEventKind Kind, RectificationStatus Status, EscalationLevel EscalationLevel, string Text, DateTime AtUtc, string? By);

public sealed record RectificationDetailDto(RectificationDto Item, IReadOnlyList<RectificationEventDto> Events);

public sealed record InspectionDetailDto(InspectionDto Inspection, IReadOnlyList<RectificationDetailDto> Items);

/// <summary>A rectification item as the inspectors set it: on one of the inspected projects, for a department, by a deadline.</summary>
public sealed record RectificationItemFields(Guid? ProjectId, string? Description, Guid? ResponsibleDepartmentId, DateOnly? Deadline);

public sealed record CreateInspectionRequest : IValidatableObject
{
    [Required(ErrorMessage = "请选择督查方式")]
    [EnumDataType(typeof(InspectionKind), ErrorMessage = "督查方式无效")]
    public InspectionKind? Kind { get; init; }

    [Required(ErrorMessage = "请填写督查日期")]
    public DateOnly? Date { get; init; }

    [Required(ErrorMessage = "请填写督查人员")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "督查人员应为 2–200 字")]
    public string? Inspectors { get; init; }

    [Required(ErrorMessage = "请填写督查发现的问题")]
    [StringLength(4000, MinimumLength = 4, ErrorMessage = "督查发现应为 4–4000 字")]
    public string? Findings { get; init; }

    [Required(ErrorMessage = "请选择督查的项目")]
    [MinLength(1, ErrorMessage = "请至少选择一个项目")]
    public IReadOnlyList<Guid>? ProjectIds { get; init; }

    public IReadOnlyList<RectificationItemFields>? Items { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var items = Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var error in RectificationFieldRules.Check(items[i], $"items[{i}]."))
            {
                yield return error;
            }
        }
    }
}

public sealed record AddRectificationRequest : IValidatableObject
{
    public RectificationItemFields? Item { get; init; }

    public Guid ConcurrencyStamp { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RectificationFieldRules.Check(Item ?? new RectificationItemFields(null, null, null, null), "item.");
}

public sealed record SubmitRectificationRequest(
    [property: Required(ErrorMessage = "请填写整改情况"), StringLength(2000, MinimumLength = 4, ErrorMessage = "整改情况应为 4–2000 字")] string? Report,
    Guid ConcurrencyStamp);

public sealed record VerifyRectificationRequest(
    [property: Required(ErrorMessage = "请选择复查结论")] bool? Passed,
    [property: StringLength(1000, ErrorMessage = "复查意见不能超过 1000 字")] string? Comment,
    DateOnly? NewDeadline,
    Guid ConcurrencyStamp) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Passed == false && NewDeadline is null)
        {
            yield return new ValidationResult("复查未通过须确定新的整改期限", [nameof(NewDeadline)]);
        }
    }
}

internal static class RectificationFieldRules
{
    public static IEnumerable<ValidationResult> Check(RectificationItemFields item, string prefix)
    {
        if (item.ProjectId is null)
        {
            yield return new ValidationResult("请选择整改项目", [$"{prefix}projectId"]);
        }

        if (item.Description?.Trim() is not { Length: >= 4 and <= 2000 })
        {
            yield return new ValidationResult("整改要求应为 4–2000 字", [$"{prefix}description"]);
        }

        if (item.ResponsibleDepartmentId is null)
        {
            yield return new ValidationResult("请选择责任单位", [$"{prefix}responsibleDepartmentId"]);
        }

        if (item.Deadline is null)
        {
            yield return new ValidationResult("请填写整改期限", [$"{prefix}deadline"]);
        }
    }
}
