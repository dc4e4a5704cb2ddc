using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Features.Contracts;

/// <summary>A contract as lists show it; amounts in yuan; <c>OverdueMilestones</c> as of today in Shanghai.</summary>
public sealed record ContractListItemDto(
    Guid Id, string Number, string ProjectName, string CompanyName, string? CreditCode, DateOnly SignedOn, string? SigningEvent,
    string IndustryCode, string IndustryName, decimal ContractedAmount, decimal FundsArrived, bool OverContracted,
    Guid ResponsibleDepartmentId, string ResponsibleDepartmentName, FulfilmentState FulfilmentState, string FulfilmentStateName,
    Guid? LeadId, Guid? ProjectId, DateOnly? LandedOn, int OverdueMilestones, int OpenProblems, DateTime CreatedAtUtc);

public sealed record MilestoneDto(ContractMilestoneKind Kind, string Name, DateOnly? PlannedOn, DateOnly? ActualOn, string? Note, bool Overdue);

public sealed record FundEntryDto(
    Guid Id, DateOnly ArrivedOn, decimal Amount, FundsKind Kind, string KindName, string? Note, string? FileName, string? ContentType, int? FileSize,
    bool HasEvidence, string UploadedBy, DateTime UploadedAtUtc);

public sealed record ContractProblemDto(
    Guid Id, string Description, Guid AssignedDepartmentId, string AssignedDepartmentName, DateOnly Deadline, ContractProblemStatus Status, bool Overdue,
    string? Resolution, string? ResolvedBy, DateTime? ResolvedAtUtc, string CreatedBy, DateTime CreatedAtUtc);

public sealed record ContractEventDto(
    int Sequence, ContractEventKind Kind, FulfilmentState? FromState, string? FromStateName, FulfilmentState? ToState, string? ToStateName, string? Text,
    Guid? ByUserId, string ByName, DateTime AtUtc);

/// <summary>One contract with everything recorded on it; <c>ProjectName</c> is the landed project's name in the library.</summary>
public sealed record ContractDetailDto(
    ContractListItemDto Contract, Guid ConcurrencyStamp, string? ProjectName, IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<FundEntryDto> Funds,
    IReadOnlyList<ContractEventDto> History, IReadOnlyList<ContractProblemDto> Problems);

public sealed record MilestonePlanRequest(ContractMilestoneKind Kind, DateOnly? PlannedOn);

/// <summary>The fields of a contract's form, shared by create and edit.</summary>
public abstract record ContractFieldsRequest
{
    [Required(ErrorMessage = "请填写项目名称")]
    [StringLength(100, ErrorMessage = "项目名称不能超过 100 个字符")]
    public string? ProjectName { get; init; }

    [Required(ErrorMessage = "请填写签约企业")]
    [StringLength(100, ErrorMessage = "签约企业不能超过 100 个字符")]
    public string? CompanyName { get; init; }

    [StringLength(18, ErrorMessage = "统一社会信用代码应为 18 位")]
    public string? CreditCode { get; init; }

    [Required(ErrorMessage = "请填写签约日期")]
    public DateOnly? SignedOn { get; init; }

    [StringLength(64, ErrorMessage = "签约活动不能超过 64 个字符")]
    public string? SigningEvent { get; init; }

    [Required(ErrorMessage = "请选择产业类别")]
    public string? IndustryCode { get; init; }

    [Required(ErrorMessage = "请填写协议投资额")]
    [Range(typeof(decimal), "0.01", "100000000000000", ErrorMessage = "协议投资额须大于 0")]
    public decimal? ContractedAmount { get; init; }

    [Required(ErrorMessage = "请选择责任单位")]
    public Guid? ResponsibleDepartmentId { get; init; }
}

public sealed record CreateContractRequest : ContractFieldsRequest
{
    /// <summary>签约编号; generated (QY + year + sequence) when left empty.</summary>
    [StringLength(32, ErrorMessage = "签约编号不能超过 32 个字符")]
    public string? Number { get; init; }

    public IReadOnlyList<MilestonePlanRequest>? Milestones { get; init; }
}

public sealed record UpdateContractRequest : ContractFieldsRequest
{
    [Required(ErrorMessage = "缺少并发标记 concurrencyStamp")]
    public Guid? ConcurrencyStamp { get; init; }
}

public sealed record SetMilestoneRequest(
    DateOnly? PlannedOn, DateOnly? ActualOn, [property: StringLength(500, ErrorMessage = "备注不能超过 500 个字符")] string? Note);

public sealed record ChangeStateRequest(
    [property: Required(ErrorMessage = "请选择履约状态")] FulfilmentState? State,
    [property: StringLength(1000, ErrorMessage = "原因不能超过 1000 个字符")] string? Reason);

public sealed record RaiseProblemRequest(
    [property: Required(ErrorMessage = "请填写问题描述"), StringLength(2000, MinimumLength = 2, ErrorMessage = "问题描述应为 2–2000 字")] string? Description,
    [property: Required(ErrorMessage = "请选择协调单位")] Guid? AssignedDepartmentId,
    [property: Required(ErrorMessage = "请填写办理期限")] DateOnly? Deadline);

public sealed record ResolveProblemRequest(
    [property: Required(ErrorMessage = "请填写办理结果"), StringLength(2000, MinimumLength = 2, ErrorMessage = "办理结果应为 2–2000 字")] string? Resolution);

public sealed record LandingRequest(Guid? LinkProjectId, DateOnly? PlannedStart);
