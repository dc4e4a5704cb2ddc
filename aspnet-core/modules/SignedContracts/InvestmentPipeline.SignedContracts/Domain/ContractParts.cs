using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Domain;

/// <summary>One agreed milestone of a contract: planned and actual dates (an actual date is never in the future).</summary>
internal sealed class ContractMilestone
{
    private ContractMilestone()
    {
    }

    public ContractMilestone(Guid contractId, ContractMilestoneKind kind)
    {
        ContractId = contractId;
        Kind = kind;
    }

    public Guid ContractId { get; private set; }

    public ContractMilestoneKind Kind { get; private set; }

    public DateOnly? PlannedOn { get; private set; }

    public DateOnly? ActualOn { get; private set; }

    public string? Note { get; private set; }

    public bool IsOverdue(DateOnly today) => ActualOn is null && PlannedOn < today;

    public void Set(DateOnly? plannedOn, DateOnly? actualOn, string? note)
    {
        PlannedOn = plannedOn;
        ActualOn = actualOn;
        Note = note;
    }
}

/// <summary>The file behind a funds entry, stored under the data directory (its path is relative to it).</summary>
internal sealed record FundEvidence(string FileName, string ContentType, int Size, string StoredPath);

/// <summary>资金到位: money that arrived, with its evidence (none for the ledger import).</summary>
internal sealed class FundEntry
{
    public const int MaxEvidenceBytes = 10 * 1024 * 1024;

    private FundEntry()
    {
    }

    public FundEntry(Guid contractId, DateOnly arrivedOn, decimal amount, FundsKind kind, string? note, FundEvidence? evidence, Actor by, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        ArrivedOn = arrivedOn;
        Amount = amount;
        Kind = kind;
        Note = note;
        FileName = evidence?.FileName;
        ContentType = evidence?.ContentType;
        FileSize = evidence?.Size;
        StoredPath = evidence?.StoredPath;
        UploadedById = by.UserId;
        UploadedBy = by.Name;
        UploadedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public DateOnly ArrivedOn { get; private set; }

    public decimal Amount { get; private set; }

    public FundsKind Kind { get; private set; }

    public string? Note { get; private set; }

    public string? FileName { get; private set; }

    public string? ContentType { get; private set; }

    public int? FileSize { get; private set; }

    public string? StoredPath { get; private set; }

    public Guid? UploadedById { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>PDF, JPEG or PNG by the file's first bytes; null for anything else.</summary>
    public static string? EvidenceTypeOf(ReadOnlySpan<byte> content) =>
        FileSignature.TypeOf(content) is (FileSignature.Pdf or FileSignature.Jpeg or FileSignature.Png) and var type ? type : null;
}

internal sealed class EvidenceFileRule(string? type, long size) : IBusinessRule
{
    public string Code => "SignedContracts.EvidenceInvalid";

    public string Message => size == 0 ? "请上传到位资金凭证（PDF、JPG 或 PNG）"
        : type is null ? "凭证须为 PDF、JPG 或 PNG 文件（按文件内容识别）"
        : "凭证文件不能超过 10 MB";

    public bool IsBroken() => size is 0 or > FundEntry.MaxEvidenceBytes || type is null;
}

/// <summary>协调服务: a problem a department must solve for the contract by a deadline.</summary>
internal sealed class ContractProblem
{
    private ContractProblem()
    {
    }

    public ContractProblem(Guid contractId, string description, Guid departmentId, string departmentName, DateOnly deadline, string createdBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        Description = description;
        AssignedDepartmentId = departmentId;
        AssignedDepartmentName = departmentName;
        Deadline = deadline;
        Status = ContractProblemStatus.Open;
        CreatedBy = createdBy;
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public string Description { get; private set; } = "";

    public Guid AssignedDepartmentId { get; private set; }

    public string AssignedDepartmentName { get; private set; } = "";

    public DateOnly Deadline { get; private set; }

    public ContractProblemStatus Status { get; private set; }

    public string? Resolution { get; private set; }

    public string? ResolvedBy { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public bool IsOverdue(DateOnly today) => Status == ContractProblemStatus.Open && Deadline < today;

    public void Resolve(string? resolution, Actor by, DateTime nowUtc)
    {
        BusinessRuleValidationException.Check(new ProblemStillOpenRule(Status));
        BusinessRuleValidationException.Check(new ProblemResolutionRequiredRule(resolution));
        Status = ContractProblemStatus.Resolved;
        Resolution = resolution!.Trim();
        ResolvedBy = by.Name;
        ResolvedAtUtc = nowUtc;
    }
}

/// <summary>One entry of a contract's history: a state change (from, to, reason) or another recorded fact.</summary>
internal sealed class ContractEvent
{
    private ContractEvent()
    {
    }

    public ContractEvent(Guid contractId, int sequence, ContractEventKind kind, FulfilmentState? from, FulfilmentState? to, string? text, Actor by, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        Sequence = sequence;
        Kind = kind;
        FromState = from;
        ToState = to;
        Text = text;
        ByUserId = by.UserId;
        ByName = by.Name;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public int Sequence { get; private set; }

    public ContractEventKind Kind { get; private set; }

    public FulfilmentState? FromState { get; private set; }

    public FulfilmentState? ToState { get; private set; }

    public string? Text { get; private set; }

    public Guid? ByUserId { get; private set; }

    public string ByName { get; private set; } = "";

    public DateTime AtUtc { get; private set; }
}
