using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;

namespace InvestmentPipeline.Reserve.Features.Projects;

public sealed record FundingSourceDto(
    FundingChannel Channel,
    [property: Range(typeof(decimal), "0.01", "1000000000000", ErrorMessage = "资金金额须大于 0")] decimal Amount,
    bool IsSecured,
    [property: StringLength(200, ErrorMessage = "备注不能超过 200 个字符")] string? Note);

public sealed record ProjectListItemDto(
    Guid Id, string Name, string? Code, InvestmentRegime Regime, string SectorCode, string? SectorName,
    Guid? TownId, string? TownName, Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName, string ProjectUnit,
    decimal TotalInvestment, ProjectState State, DateOnly? PlannedStart, DateOnly? PlannedCompletion,
    ProjectMaturity Maturity, ReviewStatus ReviewStatus);

public sealed record ProjectDto(
    Guid Id, string Name, string? Code, InvestmentRegime Regime, string SectorCode, string? SectorName,
    Guid? TownId, string? TownName, Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName, string ProjectUnit,
    decimal TotalInvestment, ProjectState State, DateOnly? PlannedStart, DateOnly? PlannedCompletion,
    ProjectMaturity Maturity, ReviewStatus ReviewStatus,
    string? Scope, IReadOnlyList<FundingSourceDto> FundingSources, decimal SecuredFunding, string? TerminationReason,
    string? ReviewComment, string? LandPlan, string? FeasibilityApproval, string? RevenuePlan, DateTime CreatedAt, Guid ConcurrencyStamp,
    Guid? SignedContractId = null, string? SignedContractNumber = null, DateTime? ConstructionReadyAt = null);

/// <summary>The fields a project's submitter fills in; shared by create and update.</summary>
public abstract record ProjectFieldsRequest : IValidatableObject
{
    [Required(ErrorMessage = "请输入项目名称")]
    [StringLength(Project.NameMaxLength, ErrorMessage = "项目名称不能超过 100 个字符")]
    public required string Name { get; init; }

    [StringLength(32, ErrorMessage = "项目代码不能超过 32 个字符")]
    public string? Code { get; init; }

    [Required(ErrorMessage = "请选择审批类型")]
    [EnumDataType(typeof(InvestmentRegime), ErrorMessage = "审批类型无效")]
    public InvestmentRegime? Regime { get; init; }

    [Required(ErrorMessage = "请选择行业领域")]
    public required string SectorCode { get; init; }

    public Guid? TownId { get; init; }

    [Required(ErrorMessage = "请选择责任部门")]
    public Guid? ResponsibleDepartmentId { get; init; }

    [Required(ErrorMessage = "请输入项目单位")]
    [StringLength(Project.UnitMaxLength, ErrorMessage = "项目单位不能超过 100 个字符")]
    public required string ProjectUnit { get; init; }

    [StringLength(Project.ScopeMaxLength, ErrorMessage = "建设规模及主要内容不能超过 2000 个字符")]
    public string? Scope { get; init; }

    [Range(typeof(decimal), "0.01", "1000000000000", ErrorMessage = "总投资须大于 0")]
    public decimal TotalInvestment { get; init; }

    public IReadOnlyList<FundingSourceDto>? FundingSources { get; init; }

    public DateOnly? PlannedStart { get; init; }

    public DateOnly? PlannedCompletion { get; init; }

    [Required(ErrorMessage = "请选择成熟度")]
    [EnumDataType(typeof(ProjectMaturity), ErrorMessage = "成熟度无效")]
    public ProjectMaturity? Maturity { get; init; }

    [StringLength(Project.LandPlanMaxLength, ErrorMessage = "用地计划不能超过 1000 个字符")]
    public string? LandPlan { get; init; }

    /// <summary>可研批复文号, until the approvals module records the feasibility approval itself.</summary>
    [StringLength(Project.FeasibilityApprovalMaxLength, ErrorMessage = "可研批复文号不能超过 100 个字符")]
    public string? FeasibilityApproval { get; init; }

    /// <summary>收益与融资平衡方案 (专项债券 and bank loans need one).</summary>
    [StringLength(Project.RevenuePlanMaxLength, ErrorMessage = "收益与融资平衡方案不能超过 1000 个字符")]
    public string? RevenuePlan { get; init; }

    /// <summary>Save although a project with a near-identical name exists (the user confirmed it is another one).</summary>
    public bool AllowSimilarName { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var sources = FundingSources ?? [];
        for (var i = 0; i < sources.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(sources[i], new ValidationContext(sources[i]), results, validateAllProperties: true);
            if (!Enum.IsDefined(sources[i].Channel))
            {
                results.Add(new ValidationResult("资金渠道无效", [nameof(FundingSourceDto.Channel)]));
            }

            var prefix = $"fundingSources[{i}].";
            foreach (var result in results)
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => prefix + char.ToLowerInvariant(m[0]) + m[1..]).ToList());
            }
        }
    }
}

public sealed record CreateProjectRequest : ProjectFieldsRequest;

public sealed record UpdateProjectRequest : ProjectFieldsRequest
{
    [Required(ErrorMessage = "缺少并发标记 concurrencyStamp")]
    public Guid? ConcurrencyStamp { get; init; }
}

public sealed record ChangeProjectStateRequest(
    [property: Required(ErrorMessage = "请选择目标状态")][property: EnumDataType(typeof(ProjectState), ErrorMessage = "状态无效")] ProjectState? State,
    [property: StringLength(Project.ReasonMaxLength, ErrorMessage = "原因不能超过 500 个字符")] string? Reason,
    [property: Required(ErrorMessage = "缺少并发标记 concurrencyStamp")] Guid? ConcurrencyStamp);

public sealed record SubmitProjectRequest([property: Required(ErrorMessage = "缺少并发标记 concurrencyStamp")] Guid? ConcurrencyStamp);

public sealed record ReviewProjectRequest(
    [property: Required(ErrorMessage = "请选择审核结论")][property: EnumDataType(typeof(ReviewDecision), ErrorMessage = "审核结论无效")] ReviewDecision? Decision,
    [property: StringLength(Project.ReasonMaxLength, ErrorMessage = "审核意见不能超过 500 个字符")] string? Comment,
    [property: Required(ErrorMessage = "缺少并发标记 concurrencyStamp")] Guid? ConcurrencyStamp);

public sealed record MaturityStageDto(ProjectMaturity Maturity, bool Met, IReadOnlyList<string> Missing);

public sealed record MaturityCheckDto(IReadOnlyList<MaturityStageDto> Stages);

public sealed record ReserveBoardColumnDto(ProjectMaturity Maturity, int Count, decimal TotalInvestment, IReadOnlyList<ProjectListItemDto> Projects);

public sealed record ReserveBoardDto(IReadOnlyList<ReserveBoardColumnDto> Columns);

public sealed record ProjectHistoryEntryDto(DateTime Time, string? UserName, string Action, string? Changes, string? Detail);

public sealed record DuplicateProjectDto(Guid Id, string Name, string? Code);
