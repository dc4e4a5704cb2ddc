using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Domain;

/// <summary>Who did something: the user's id and name as they were then (null id: the system or an import job).</summary>
internal sealed record Actor(Guid? UserId, string Name);

/// <summary>What a contract says: the fields the form, the import and the lead's signing all fill in.</summary>
internal sealed record ContractTerms(
    string ProjectName, string CompanyName, string? CreditCode, DateOnly SignedOn, string? SigningEvent, string IndustryCode,
    decimal ContractedAmount, Guid ResponsibleDepartmentId);

/// <summary>
/// 签约项目: a signed investment contract followed until its project lands (落地): agreed milestones, funds arrived
/// (资金到位), its fulfilment state (履约) with the history of every change, and the problems that need coordination.
/// </summary>
internal sealed class SignedContract : Entity
{
    public const int NumberMaxLength = 32;
    public const int NameMaxLength = 100;
    public const int EventMaxLength = 64;
    public const int TextMaxLength = 2000;

    private readonly List<ContractMilestone> milestones = [];
    private readonly List<FundEntry> funds = [];
    private readonly List<ContractProblem> problems = [];
    private readonly List<ContractEvent> history = [];

    private SignedContract()
    {
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; } = "";

    public string ProjectName { get; private set; } = "";

    public string CompanyName { get; private set; } = "";

    /// <summary>项目名称 key + normalised 签约企业: how ledger rows find their contract.</summary>
    public string MatchKey { get; private set; } = "";

    public string? CreditCode { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public int SignedYear { get; private set; }

    public string? SigningEvent { get; private set; }

    public string IndustryCode { get; private set; } = "";

    public decimal ContractedAmount { get; private set; }

    public Guid ResponsibleDepartmentId { get; private set; }

    public Guid? LeadId { get; private set; }

    public Guid? ProjectId { get; private set; }

    public DateOnly? LandedOn { get; private set; }

    public FulfilmentState State { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<ContractMilestone> Milestones => milestones;

    public IReadOnlyList<FundEntry> Funds => funds;

    public IReadOnlyList<ContractProblem> Problems => problems;

    public IReadOnlyList<ContractEvent> History => history;

    public decimal FundsArrived => funds.Sum(f => f.Amount);

    public ContractTerms Terms => new(ProjectName, CompanyName, CreditCode, SignedOn, SigningEvent, IndustryCode, ContractedAmount, ResponsibleDepartmentId);

    public static string MatchKeyOf(string projectName, string companyName) =>
        ProjectNameKey.Of(projectName) + "|" + NameKey.OfCompany(companyName);

    public static SignedContract Create(
        Guid id, string number, ContractTerms terms, Guid? leadId, string origin, Actor by, DateOnly today, DateTime nowUtc)
    {
        var contract = new SignedContract { Id = id, Number = number, LeadId = leadId, State = FulfilmentState.NotStarted, CreatedAtUtc = nowUtc };
        contract.Change(terms, today);
        foreach (var kind in Enum.GetValues<ContractMilestoneKind>())
        {
            contract.milestones.Add(new ContractMilestone(id, kind));
        }

        contract.Record(ContractEventKind.Created, null, FulfilmentState.NotStarted, origin, by, nowUtc);
        return contract;
    }

    public void Change(ContractTerms terms, DateOnly today)
    {
        CheckRule(new ContractedAmountPositiveRule(terms.ContractedAmount));
        CheckRule(new CreditCodeValidRule(terms.CreditCode));
        CheckRule(new DateNotInFutureRule("签约日期", terms.SignedOn, today));
        ProjectName = terms.ProjectName.Trim();
        CompanyName = terms.CompanyName.Trim();
        MatchKey = MatchKeyOf(ProjectName, CompanyName);
        CreditCode = terms.CreditCode is { } code ? SharedKernel.Domain.CreditCode.Normalize(code) : null;
        SignedOn = terms.SignedOn;
        SignedYear = terms.SignedOn.Year;
        SigningEvent = string.IsNullOrWhiteSpace(terms.SigningEvent) ? null : terms.SigningEvent.Trim();
        IndustryCode = terms.IndustryCode;
        ContractedAmount = terms.ContractedAmount;
        ResponsibleDepartmentId = terms.ResponsibleDepartmentId;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public void ChangeState(FulfilmentState to, string? reason, Actor by, DateTime nowUtc)
    {
        CheckRule(new FulfilmentTransitionRule(State, to));
        CheckRule(new StateChangeNeedsReasonRule(to, reason));
        MoveTo(ContractEventKind.StateChanged, to, reason?.Trim(), by, nowUtc);
    }

    /// <summary>The ledger says so: any state, recorded as 台账导入.</summary>
    public void ImportState(FulfilmentState to, Actor by, DateTime nowUtc)
    {
        if (to != State)
        {
            MoveTo(ContractEventKind.Imported, to, "台账导入", by, nowUtc);
        }
    }

    /// <summary>Plans or records a milestone; an actual 开工 or 投产 moves the state along, as the history says.</summary>
    public ContractMilestone SetMilestone(ContractMilestoneKind kind, DateOnly? plannedOn, DateOnly? actualOn, string? note, Actor by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new DateNotInFutureRule($"{ContractWords.Milestone(kind)}实际日期", actualOn, today));
        var milestone = milestones.Single(m => m.Kind == kind);
        var newlyDone = actualOn is not null && milestone.ActualOn is null;
        milestone.Set(plannedOn, actualOn, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        if (newlyDone && kind == ContractMilestoneKind.ConstructionStart && State is FulfilmentState.NotStarted or FulfilmentState.Preparing)
        {
            MoveTo(ContractEventKind.StateChanged, FulfilmentState.UnderConstruction, $"由开工节点实际日期 {actualOn:yyyy-MM-dd} 自动更新", by, nowUtc);
        }
        else if (newlyDone && kind == ContractMilestoneKind.Production && State is FulfilmentState.NotStarted or FulfilmentState.Preparing or FulfilmentState.UnderConstruction)
        {
            MoveTo(ContractEventKind.StateChanged, FulfilmentState.Producing, $"由投产节点实际日期 {actualOn:yyyy-MM-dd} 自动更新", by, nowUtc);
        }

        ConcurrencyStamp = Guid.NewGuid();
        return milestone;
    }

    public FundEntry AddFunds(DateOnly arrivedOn, decimal amount, FundsKind kind, string? note, FundEvidence? evidence, Actor by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new FundsAmountRule(amount, kind));
        CheckRule(new DateNotInFutureRule("到位日期", arrivedOn, today));
        CheckRule(new FundsNotBeforeSigningRule(arrivedOn, SignedOn));
        var entry = new FundEntry(Id, arrivedOn, amount, kind, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), evidence, by, nowUtc);
        funds.Add(entry);
        ConcurrencyStamp = Guid.NewGuid();
        return entry;
    }

    public FundEntry? DeleteFunds(Guid fundId, string? reason, Actor by, DateTime nowUtc)
    {
        var entry = funds.FirstOrDefault(f => f.Id == fundId);
        if (entry is null)
        {
            return null;
        }

        CheckRule(new ReasonRequiredRule("删除到位资金", reason));
        funds.Remove(entry);
        Record(ContractEventKind.FundsDeleted, null, null,
            $"删除到位资金 {ContractWords.TenThousand(entry.Amount)}（{entry.ArrivedOn:yyyy-MM-dd}，{ContractWords.Funds(entry.Kind)}）：{reason!.Trim()}", by, nowUtc);
        return entry;
    }

    public ContractProblem RaiseProblem(string description, Guid departmentId, string departmentName, DateOnly deadline, Actor by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new DeadlineNotPastRule(deadline, today));
        var problem = new ContractProblem(Id, Truncated(description.Trim()), departmentId, departmentName, deadline, by.Name, nowUtc);
        problems.Add(problem);
        ConcurrencyStamp = Guid.NewGuid();
        return problem;
    }

    public ContractProblem? ResolveProblem(Guid problemId, string? resolution, Actor by, DateTime nowUtc)
    {
        var problem = problems.FirstOrDefault(p => p.Id == problemId);
        problem?.Resolve(resolution, by, nowUtc);
        ConcurrencyStamp = Guid.NewGuid();
        return problem;
    }

    /// <summary>落地: the project enters the library (a new one, or an existing one linked).</summary>
    public void Land(Guid projectId, bool linkExisting, string projectName, Actor by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new LandingAllowedRule(State, ProjectId));
        ProjectId = projectId;
        LandedOn = today;
        Record(ContractEventKind.Landed, null, null, linkExisting ? $"落地：关联项目库已有项目「{projectName}」" : "落地：转入项目库（前期）", by, nowUtc);
    }

    /// <summary>A note in the history (e.g. a number changed because it was taken).</summary>
    public void Note(string text, Actor by, DateTime nowUtc) => Record(ContractEventKind.Created, null, null, text, by, nowUtc);

    public bool HasStarted => State is FulfilmentState.UnderConstruction or FulfilmentState.Producing
        || milestones.Any(m => m.Kind == ContractMilestoneKind.ConstructionStart && m.ActualOn is not null);

    private void MoveTo(ContractEventKind kind, FulfilmentState to, string? reason, Actor by, DateTime nowUtc)
    {
        var from = State;
        State = to;
        Record(kind, from, to, reason, by, nowUtc);
    }

    private void Record(ContractEventKind kind, FulfilmentState? from, FulfilmentState? to, string? text, Actor by, DateTime nowUtc)
    {
        history.Add(new ContractEvent(Id, history.Count + 1, kind, from, to, text is null ? null : Truncated(text), by, nowUtc));
        ConcurrencyStamp = Guid.NewGuid();
    }

    private static string Truncated(string text) => text.Length <= TextMaxLength ? text : text[..TextMaxLength];
}
