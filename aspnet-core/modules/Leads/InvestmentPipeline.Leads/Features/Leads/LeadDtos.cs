using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Leads.Contracts;

namespace InvestmentPipeline.Leads.Features.Leads;

public sealed record LeadContactDto(
    [property: Required(ErrorMessage = "请填写联系人姓名"), StringLength(32, MinimumLength = 1, ErrorMessage = "联系人姓名最多 32 字")] string Name,
    [property: StringLength(32, ErrorMessage = "职务最多 32 字")] string? Title,
    [property: RegularExpression(@"^[0-9+\-() ]{5,20}$", ErrorMessage = "联系电话格式不正确")] string? Phone,
    [property: EmailAddress(ErrorMessage = "邮箱格式不正确"), StringLength(100)] string? Email);

/// <summary>A lead as lists and the board show it; <c>Stale</c> means no follow-up for the configured number of days.</summary>
public sealed record LeadDto(
    Guid Id, string CompanyName, string? CreditCode, string ProjectIntent, string IndustryCode, string IndustryName, decimal? IntendedInvestment,
    LeadSource Source, string SourceName, string? SourceDetail, Guid OwnerUserId, string OwnerName, LeadStage Stage, string StageName,
    string? AbandonReason, Guid? ContractId, DateOnly CreatedOn, DateOnly LastActivityOn, string? NextAction, DateOnly? NextActionOn,
    bool NextActionDue, bool Stale, bool CanEdit, Guid ConcurrencyStamp);

public sealed record LeadStageChangeDto(LeadStage? From, LeadStage To, string ToName, string? Reason, string By, DateTime AtUtc);

public sealed record FollowUpDto(
    Guid Id, FollowUpKind Kind, string KindName, DateOnly OccurredOn, string People, string Notes, string? NextAction, DateOnly? NextActionOn,
    string RecordedBy, DateTime RecordedAtUtc);

/// <summary>The contract a signed lead became, as SignedContracts reports it.</summary>
public sealed record LeadContractDto(Guid ContractId, string Number, string ProjectName, string FulfilmentState, decimal ContractedAmount, decimal FundsArrived);

public sealed record LeadDetailDto(
    LeadDto Lead, IReadOnlyList<LeadContactDto> Contacts, IReadOnlyList<LeadStageChangeDto> StageChanges, IReadOnlyList<FollowUpDto> FollowUps,
    LeadContractDto? Contract, IReadOnlyList<DuplicateLeadDto> Duplicates);

/// <summary>Another lead of the same company (same credit code, or a near-identical name), whoever owns it; <c>MatchedBy</c> says which, in words.</summary>
public sealed record DuplicateLeadDto(
    Guid Id, string CompanyName, string? CreditCode, string OwnerName, LeadStage Stage, string StageName, bool SameCreditCode, string MatchedBy);

public sealed record BoardColumnDto(LeadStage Stage, string Name, int Count, IReadOnlyList<LeadDto> Leads);

public sealed record SaveLeadRequest(
    [property: Required(ErrorMessage = "请填写企业名称"), StringLength(100, MinimumLength = 2, ErrorMessage = "企业名称应为 2–100 字")] string? CompanyName,
    [property: StringLength(18, MinimumLength = 18, ErrorMessage = "统一社会信用代码应为 18 位")] string? CreditCode,
    [property: Required(ErrorMessage = "请填写项目意向"), StringLength(500, MinimumLength = 2, ErrorMessage = "项目意向应为 2–500 字")] string? ProjectIntent,
    [property: Required(ErrorMessage = "请选择产业类别")] string? IndustryCode,
    [property: Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "意向投资额应为不小于 0 的金额（元）")] decimal? IntendedInvestment,
    [property: Required(ErrorMessage = "请选择线索来源"), EnumDataType(typeof(LeadSource), ErrorMessage = "线索来源无效")] LeadSource? Source,
    [property: StringLength(100, ErrorMessage = "来源说明最多 100 字")] string? SourceDetail,
    IReadOnlyList<LeadContactDto>? Contacts,
    Guid? OwnerUserId,
    bool AcknowledgeDuplicates,
    Guid? ConcurrencyStamp);

public sealed record MoveLeadRequest(
    [property: Required(ErrorMessage = "请选择阶段"), EnumDataType(typeof(LeadStage), ErrorMessage = "阶段无效")] LeadStage? Stage,
    [property: StringLength(500, ErrorMessage = "原因最多 500 字")] string? Reason,
    Guid ConcurrencyStamp);

public sealed record AssignLeadRequest([property: Required(ErrorMessage = "请选择负责人")] Guid? OwnerUserId, Guid ConcurrencyStamp);

public sealed record SignLeadRequest(
    [property: Required(ErrorMessage = "请填写合同编号"), StringLength(40, MinimumLength = 2, ErrorMessage = "合同编号应为 2–40 字")] string? ContractNumber,
    [property: Required(ErrorMessage = "请填写签约日期")] DateOnly? SignedOn,
    [property: StringLength(100, ErrorMessage = "签约活动最多 100 字")] string? SigningEvent,
    [property: Required(ErrorMessage = "请填写协议投资额"), Range(typeof(decimal), "0.01", "1000000000000", ErrorMessage = "协议投资额应大于 0（元）")] decimal? ContractedAmount,
    [property: Required(ErrorMessage = "请填写项目名称"), StringLength(100, MinimumLength = 2, ErrorMessage = "项目名称应为 2–100 字")] string? ProjectName,
    [property: Required(ErrorMessage = "请选择责任单位")] Guid? ResponsibleDepartmentId,
    Guid ConcurrencyStamp);

public sealed record OwnerOptionDto(Guid UserId, string DisplayName);
