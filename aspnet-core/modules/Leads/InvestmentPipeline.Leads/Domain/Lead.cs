using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Leads.Domain;

/// <summary>A contact person at the company.</summary>
internal sealed record LeadContact(string Name, string? Title, string? Phone, string? Email);

/// <summary>What a lead is: the company, what it might invest in, and where the lead came from.</summary>
internal sealed record LeadDetails(
    string CompanyName,
    string? CreditCode,
    string ProjectIntent,
    string IndustryCode,
    decimal? IntendedInvestment,
    LeadSource Source,
    string? SourceDetail,
    IReadOnlyList<LeadContact> Contacts);

/// <summary>Who works the lead: a person of a 招商专班, and their department (the lead's data scope).</summary>
internal sealed record LeadOwner(Guid UserId, string Name, Guid DepartmentId);

/// <summary>招商线索: a company worked through the stages by its owner until it signs or is given up.</summary>
internal sealed class Lead : Entity
{
    public const int CompanyMaxLength = 100;
    public const int IntentMaxLength = 500;
    public const int SourceDetailMaxLength = 100;
    public const int ReasonMaxLength = 500;
    public const int MaxContacts = 10;

    private Lead()
    {
    }

    public Guid Id { get; private set; }

    public string CompanyName { get; private set; } = string.Empty;

    /// <summary><see cref="NameKey.OfCompany"/> of the name, indexed for duplicate detection.</summary>
    public string NormalizedCompanyName { get; private set; } = string.Empty;

    public string? CreditCode { get; private set; }

    /// <summary>项目意向: what the company might build or invest in.</summary>
    public string ProjectIntent { get; private set; } = string.Empty;

    public string IndustryCode { get; private set; } = string.Empty;

    public decimal? IntendedInvestment { get; private set; }

    public LeadSource Source { get; private set; }

    /// <summary>The fair (e.g. 第二十四届青洽会), the referring company, the website…</summary>
    public string? SourceDetail { get; private set; }

    public List<LeadContact> Contacts { get; private set; } = [];

    public Guid OwnerUserId { get; private set; }

    public string OwnerName { get; private set; } = string.Empty;

    public Guid OwnerDepartmentId { get; private set; }

    public LeadStage Stage { get; private set; }

    /// <summary>The furthest stage reached, so that the funnel still counts an abandoned lead where it got to.</summary>
    public LeadStage HighestStage { get; private set; }

    public string? AbandonReason { get; private set; }

    /// <summary>The contract SignedContracts keeps for this lead once signed.</summary>
    public Guid? ContractId { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    /// <summary>The last follow-up's date, or the day the lead was entered: what "no follow-up for N days" counts from.</summary>
    public DateOnly LastActivityOn { get; private set; }

    public string? NextAction { get; private set; }

    public DateOnly? NextActionOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public List<LeadStageChange> StageChanges { get; private set; } = [];

    public bool IsOpen => Stage is not (LeadStage.Contracted or LeadStage.Abandoned);

    public static Lead Create(LeadDetails details, LeadOwner owner, DateOnly today, DateTime nowUtc)
    {
        var lead = new Lead
        {
            Id = Guid.NewGuid(), Stage = LeadStage.Clue, HighestStage = LeadStage.Clue, CreatedOn = today, LastActivityOn = today, CreatedAtUtc = nowUtc,
        };
        lead.Change(details);
        lead.AssignTo(owner);
        lead.StageChanges.Add(new LeadStageChange(1, null, LeadStage.Clue, "录入线索", owner.Name, nowUtc));
        return lead;
    }

    public void Change(LeadDetails details)
    {
        CheckRule(new CreditCodeMustBeValidRule(details.CreditCode));
        CheckRule(new LeadHasAtMostTenContactsRule(details.Contacts.Count));
        CompanyName = details.CompanyName.Trim();
        NormalizedCompanyName = NameKey.OfCompany(CompanyName);
        CreditCode = details.CreditCode is { } code ? SharedKernel.Domain.CreditCode.Normalize(code) : null;
        ProjectIntent = details.ProjectIntent.Trim();
        IndustryCode = details.IndustryCode;
        IntendedInvestment = details.IntendedInvestment;
        Source = details.Source;
        SourceDetail = string.IsNullOrWhiteSpace(details.SourceDetail) ? null : details.SourceDetail.Trim();
        Contacts = [.. details.Contacts];
        Touch();
    }

    public void AssignTo(LeadOwner owner)
    {
        OwnerUserId = owner.UserId;
        OwnerName = owner.Name;
        OwnerDepartmentId = owner.DepartmentId;
        Touch();
    }

    public void MoveTo(LeadStage to, string? reason, string by, DateTime nowUtc)
    {
        CheckRule(new LeadStageTransitionRule(Stage, to));
        CheckRule(new SigningGoesThroughTheContractRule(to));
        CheckRule(new AbandonNeedsReasonRule(to, reason));
        StageChanges.Add(new LeadStageChange(NextSequence, Stage, to, reason?.Trim(), by, nowUtc));
        Stage = to;
        HighestStage = to is not LeadStage.Abandoned && to > HighestStage ? to : HighestStage;
        AbandonReason = to == LeadStage.Abandoned ? reason!.Trim() : null;
        Touch();
    }

    /// <summary>签约: only from 洽谈; the contract with <paramref name="contractId"/> is created by SignedContracts.</summary>
    public void Sign(Guid contractId, string contractNumber, string by, DateTime nowUtc)
    {
        CheckRule(new LeadStageTransitionRule(Stage, LeadStage.Contracted));
        StageChanges.Add(new LeadStageChange(NextSequence, Stage, LeadStage.Contracted, $"签约，合同编号 {contractNumber}", by, nowUtc));
        Stage = HighestStage = LeadStage.Contracted;
        ContractId = contractId;
        Touch();
    }

    /// <summary>A follow-up moves the lead's last activity and, when it names one, its next action.</summary>
    public FollowUp RecordFollowUp(FollowUpRecord record, string by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new FollowUpCannotBeInTheFutureRule(record.OccurredOn, today));
        CheckRule(new NextActionNeedsADateRule(record.NextAction, record.NextActionOn, record.OccurredOn));
        var followUp = FollowUp.Create(Id, record, by, nowUtc);
        if (record.OccurredOn >= LastActivityOn)
        {
            LastActivityOn = record.OccurredOn;
            NextAction = followUp.NextAction;
            NextActionOn = followUp.NextActionOn;
        }

        Touch();
        return followUp;
    }

    /// <summary>Needs <see cref="StageChanges"/> loaded: every write to the stage loads the history with the lead.</summary>
    private int NextSequence => StageChanges.Count == 0 ? 1 : StageChanges.Max(c => c.Sequence) + 1;

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}

/// <summary>One line of a lead's stage history.</summary>
internal sealed class LeadStageChange
{
    private LeadStageChange()
    {
    }

    public LeadStageChange(int sequence, LeadStage? from, LeadStage to, string? reason, string by, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        Sequence = sequence;
        From = from;
        To = to;
        Reason = reason is { Length: > Lead.ReasonMaxLength } ? reason[..Lead.ReasonMaxLength] : reason;
        By = by;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Orders the history: several changes can share a moment.</summary>
    public int Sequence { get; private set; }

    public LeadStage? From { get; private set; }

    public LeadStage To { get; private set; }

    public string? Reason { get; private set; }

    public string By { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
