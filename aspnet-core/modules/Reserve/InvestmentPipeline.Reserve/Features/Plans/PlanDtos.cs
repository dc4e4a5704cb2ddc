using InvestmentPipeline.Infrastructure.Excel;
using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>A target: for rates, <c>Value</c> is a percentage; for the annual investment, yuan.</summary>
public sealed record PlanTargetDto(PlanTargetKind Kind, int Month, decimal Value);

public sealed record PlanTypeSummaryDto(ConstructionType Type, int Count, decimal PlannedInvestment);

public sealed record AnnualPlanDto(
    int Year, IReadOnlyList<PlanTargetDto> Targets, Guid? ConcurrencyStamp,
    int EntryCount, decimal PlannedInvestment, decimal TotalInvestment, IReadOnlyList<PlanTypeSummaryDto> ByType, int EntriesWithLateMilestones);

public sealed record PlanMilestoneDto(MilestoneKind Kind, DateOnly PlannedDate, DateOnly? ProposedDate, DateOnly? ActualDate, bool IsLate);

/// <summary>
/// A project in a year's plan. <c>Project</c> holds the project's current master values; the sector, town, department
/// (责任单位), 项目单位 and 总投资 beside it are those the year lists.
/// </summary>
public sealed record PlanEntryDto(
    Guid Id, int Year, ProjectListItemDto Project, ConstructionType Type, decimal PlannedInvestment,
    DateOnly? PlannedStartMonth, DateOnly? PlannedCompletionMonth, string? Leader, string? ResponsiblePerson,
    string? Phone, string? FundingNote, int? SerialNo, IReadOnlyList<PlanMilestoneDto> Milestones, Guid ConcurrencyStamp,
    string SectorCode, string? SectorName, Guid? TownId, string? TownName, Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName,
    string ProjectUnit, decimal TotalInvestment);

/// <summary>One year's plan of a project (历年计划), with the values that year listed.</summary>
public sealed record ProjectPlanYearDto(
    int Year, Guid EntryId, ConstructionType Type, string SectorCode, string? SectorName, Guid? TownId, string? TownName,
    Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName, string ProjectUnit, decimal TotalInvestment, decimal PlannedInvestment);

public sealed record PlanImportResultDto(
    int Rows, int CreatedProjects, int UpdatedProjects, int AddedEntries, int UpdatedEntries, int UnchangedEntries, IReadOnlyList<string> Warnings,
    IReadOnlyList<SkippedRow> Skipped);

public sealed record SavePlanTargetsRequest : IValidatableObject
{
    [Required(ErrorMessage = "请填写目标")]
    public IReadOnlyList<PlanTargetDto>? Targets { get; init; }

    /// <summary>Absent for a year whose targets were never set.</summary>
    public Guid? ConcurrencyStamp { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var targets = Targets ?? [];
        for (var i = 0; i < targets.Count; i++)
        {
            if (!Enum.IsDefined(targets[i].Kind))
            {
                yield return new ValidationResult("目标类型无效", [$"targets[{i}].kind"]);
            }
        }
    }
}

/// <summary>What the commission writes for a project in the plan; amounts in yuan, months as any day of the month.</summary>
public abstract record PlanEntryFieldsRequest
{
    [Required(ErrorMessage = "请选择建设性质")]
    [EnumDataType(typeof(ConstructionType), ErrorMessage = "建设性质无效")]
    public ConstructionType? Type { get; init; }

    [Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "年度计划投资不能为负数")]
    public decimal PlannedInvestment { get; init; }

    public DateOnly? PlannedStartMonth { get; init; }

    public DateOnly? PlannedCompletionMonth { get; init; }

    [StringLength(PlanEntry.TextMaxLength, ErrorMessage = "包联领导不能超过 100 个字符")]
    public string? Leader { get; init; }

    /// <summary>
    /// The year's 行业领域. The year's values come together: a request with any of them sets all of them (no town means
    /// none); one with none takes the project's current values (on add) or keeps the year's (on edit).
    /// </summary>
    [StringLength(32, ErrorMessage = "行业领域不存在")]
    public string? SectorCode { get; init; }

    /// <summary>The year's 建设地点 (a town).</summary>
    public Guid? TownId { get; init; }

    /// <summary>The year's 责任单位 (a department).</summary>
    public Guid? ResponsibleDepartmentId { get; init; }

    /// <summary>The year's 项目单位.</summary>
    [StringLength(Project.UnitMaxLength, ErrorMessage = "项目单位不能超过 100 个字符")]
    public string? ProjectUnit { get; init; }

    /// <summary>The year's 总投资 in yuan; the year's planned investment cannot exceed it.</summary>
    [Range(typeof(decimal), "0.01", "1000000000000", ErrorMessage = "总投资须大于 0")]
    public decimal? TotalInvestment { get; init; }

    [StringLength(PlanEntry.TextMaxLength, ErrorMessage = "责任人不能超过 100 个字符")]
    public string? ResponsiblePerson { get; init; }

    [RegularExpression(PlanPhone.Pattern, ErrorMessage = PlanPhone.Message)]
    public string? Phone { get; init; }

    [StringLength(PlanEntry.FundingNoteMaxLength, ErrorMessage = "资金来源不能超过 500 个字符")]
    public string? FundingNote { get; init; }

    [Range(1, 100_000, ErrorMessage = "序号须为正整数")]
    public int? SerialNo { get; init; }

    internal bool SetsYearValues => SectorCode is not null || TownId is not null || ResponsibleDepartmentId is not null || ProjectUnit is not null || TotalInvestment is not null;
}

/// <summary>Adds a library project (<c>ProjectId</c>) or a project entered directly (<c>NewProject</c>) to the year's plan.</summary>
public sealed record AddPlanEntryRequest : PlanEntryFieldsRequest, IValidatableObject
{
    public Guid? ProjectId { get; init; }

    public CreateProjectRequest? NewProject { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((ProjectId is null) == (NewProject is null))
        {
            yield return new ValidationResult("请从项目库选择项目，或直接录入新项目（二选一）", [nameof(ProjectId)]);
        }

        if (NewProject is not null)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(NewProject, new ValidationContext(NewProject), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => "newProject." + char.ToLowerInvariant(m[0]) + m[1..]).ToList());
            }
        }
    }
}

public sealed record UpdatePlanEntryRequest : PlanEntryFieldsRequest
{
    [Required(ErrorMessage = "缺少并发标记 concurrencyStamp")]
    public Guid? ConcurrencyStamp { get; init; }
}

public sealed record ProposeMilestonesRequest(
    [property: Required(ErrorMessage = "请选择节点")][property: MinLength(1, ErrorMessage = "请至少选择一个节点")] IReadOnlyList<MilestoneKind>? Milestones,
    [property: Required(ErrorMessage = "请填写最后一个节点的截止日期")] DateOnly? Deadline) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (Milestones ?? []).Any(k => !Enum.IsDefined(k)) ? [new ValidationResult("节点类型无效", [nameof(Milestones)])] : [];
}

public sealed record PlanMilestoneInput(MilestoneKind Kind, DateOnly PlannedDate, DateOnly? ProposedDate, DateOnly? ActualDate);

public sealed record SavePlanMilestonesRequest(
    [property: Required(ErrorMessage = "请填写节点")] IReadOnlyList<PlanMilestoneInput>? Milestones,
    [property: Required(ErrorMessage = "缺少并发标记 concurrencyStamp")] Guid? ConcurrencyStamp) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (Milestones ?? []).Any(m => !Enum.IsDefined(m.Kind)) ? [new ValidationResult("节点类型无效", [nameof(Milestones)])] : [];
}

internal static class PlanPhone
{
    public const string Pattern = @"^[0-9+\-\s()（）、,，/]{5,32}$";
    public const string Message = "联系电话格式不正确";
}
