using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>What a project is: every field the project library keeps and the other modules refer to.</summary>
internal sealed record ProjectDetails(
    string Name,
    string? Code,
    InvestmentRegime Regime,
    string SectorCode,
    Guid? TownId,
    Guid ResponsibleDepartmentId,
    string ProjectUnit,
    string? Scope,
    decimal TotalInvestment,
    IReadOnlyList<FundingSource> FundingSources,
    DateOnly? PlannedStart,
    DateOnly? PlannedCompletion,
    ProjectMaturity Maturity,
    string? LandPlan,
    string? FeasibilityApproval = null,
    string? RevenuePlan = null);

/// <summary>项目: the master record every module points to. Its changes are audited and form its history.</summary>
internal sealed class Project : Entity
{
    public const int NameMaxLength = 100;
    public const int UnitMaxLength = 100;
    public const int ScopeMaxLength = 2000;
    public const int ReasonMaxLength = 500;
    public const int LandPlanMaxLength = 1000;
    public const int FeasibilityApprovalMaxLength = 100;
    public const int RevenuePlanMaxLength = 1000;

    private Project()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name's duplicate-detection key (<see cref="ProjectNameKey.Of"/>), indexed.</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public string? Code { get; private set; }

    public InvestmentRegime Regime { get; private set; }

    public string SectorCode { get; private set; } = string.Empty;

    public Guid? TownId { get; private set; }

    public Guid ResponsibleDepartmentId { get; private set; }

    public string ProjectUnit { get; private set; } = string.Empty;

    public string? Scope { get; private set; }

    public decimal TotalInvestment { get; private set; }

    public List<FundingSource> FundingSources { get; private set; } = [];

    public DateOnly? PlannedStart { get; private set; }

    public DateOnly? PlannedCompletion { get; private set; }

    public ProjectState State { get; private set; }

    public ProjectMaturity Maturity { get; private set; }

    public string? LandPlan { get; private set; }

    /// <summary>可研批复文号: entered by hand until the approvals module records the feasibility approval.</summary>
    public string? FeasibilityApproval { get; private set; }

    /// <summary>收益与融资平衡方案: how the project's revenue repays its financing (专项债 and bank loans need it).</summary>
    public string? RevenuePlan { get; private set; }

    public ReviewStatus ReviewStatus { get; private set; }

    /// <summary>The commission's comment on its last decision (why it was returned or rejected).</summary>
    public string? ReviewComment { get; private set; }

    public string? TerminationReason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The signed contract (签约项目) the project landed from, if any.</summary>
    public Guid? SignedContractId { get; private set; }

    public string? SignedContractNumber { get; private set; }

    /// <summary>具备建设条件: when every required pre-construction approval was done, as the Approvals module announced.</summary>
    public DateTime? ConstructionReadyAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public decimal SecuredFunding => FundingSources.Where(f => f.IsSecured).Sum(f => f.Amount);

    public static Project Create(ProjectDetails details, DateTime nowUtc)
    {
        var project = new Project { Id = Guid.NewGuid(), State = ProjectState.Reserve, ReviewStatus = ReviewStatus.Draft, CreatedAtUtc = nowUtc };
        project.Change(details);
        return project;
    }

    /// <summary>
    /// A project entered directly in the annual plan (or its import): the commission's plan is its acceptance into
    /// the library, and a 续建 project is already being built.
    /// </summary>
    public static Project EnterFromPlan(ProjectDetails details, ConstructionType type, DateTime nowUtc)
    {
        var project = Create(details, nowUtc);
        project.ReviewStatus = ReviewStatus.Accepted;
        project.State = type == ConstructionType.Continuing ? ProjectState.UnderConstruction : ProjectState.PreConstruction;
        return project;
    }

    /// <summary>
    /// 落地: a signed contract's project enters the library accepted and in 前期, with the id the contract gave it, like
    /// a project entered from the plan.
    /// </summary>
    public static Project EnterFromContract(Guid id, ProjectDetails details, Guid contractId, string contractNumber, DateTime nowUtc)
    {
        var project = EnterFromPlan(details, ConstructionType.New, nowUtc);
        project.Id = id;
        project.LinkSignedContract(contractId, contractNumber);
        return project;
    }

    /// <summary>Marks the project as coming from a signed contract.</summary>
    public void LinkSignedContract(Guid contractId, string contractNumber)
    {
        SignedContractId = contractId;
        SignedContractNumber = contractNumber;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// 建设条件: the project's approvals are complete. It stays in 前期 until it actually starts (在建 needs a start); a
    /// project still in 储备 is in 前期 now. True when this changed the project: once only, never for a finished one.
    /// </summary>
    public bool BecomeConstructionReady(DateTime completedAtUtc)
    {
        if (ConstructionReadyAtUtc is not null || State is ProjectState.Completed or ProjectState.Terminated)
        {
            return false;
        }

        if (State == ProjectState.Reserve)
        {
            MoveTo(ProjectState.PreConstruction, null);
        }

        ConstructionReadyAtUtc = completedAtUtc;
        ConcurrencyStamp = Guid.NewGuid();
        return true;
    }

    public ProjectDetails Details => new(
        Name, Code, Regime, SectorCode, TownId, ResponsibleDepartmentId, ProjectUnit, Scope, TotalInvestment, FundingSources,
        PlannedStart, PlannedCompletion, Maturity, LandPlan, FeasibilityApproval, RevenuePlan);

    public void Change(ProjectDetails details)
    {
        CheckRule(new ProjectUnderReviewCannotBeEditedRule(ReviewStatus));
        CheckRule(new ProjectCodeMustBeNationalFormatRule(details.Code));
        CheckRule(new FundingCannotExceedTotalInvestmentRule(details.TotalInvestment, details.FundingSources));
        CheckRule(new CompletionCannotPrecedeStartRule(details.PlannedStart, details.PlannedCompletion));
        Name = details.Name;
        NormalizedName = ProjectNameKey.Of(details.Name);
        Code = details.Code;
        Regime = details.Regime;
        SectorCode = details.SectorCode;
        TownId = details.TownId;
        ResponsibleDepartmentId = details.ResponsibleDepartmentId;
        ProjectUnit = details.ProjectUnit;
        Scope = details.Scope;
        TotalInvestment = details.TotalInvestment;
        FundingSources = [.. details.FundingSources];
        PlannedStart = details.PlannedStart;
        PlannedCompletion = details.PlannedCompletion;
        Maturity = details.Maturity;
        LandPlan = details.LandPlan;
        FeasibilityApproval = details.FeasibilityApproval;
        RevenuePlan = details.RevenuePlan;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>申报: the department hands the project to the commission, once its claimed maturity is met.</summary>
    public void Submit()
    {
        CheckRule(new ReviewTransitionRule(ReviewStatus, ReviewStatus.Submitted, null));
        CheckRule(new ClaimedMaturityMustBeMetRule(Maturity, MaturityRequirements.MissingFor(Maturity, Details)));
        ReviewStatus = ReviewStatus.Submitted;
        ReviewComment = null;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>审核: the commission accepts the project into the reserve library, returns it for correction, or rejects it.</summary>
    public void Review(ReviewDecision decision, string? comment)
    {
        var to = decision switch
        {
            ReviewDecision.Accept => ReviewStatus.Accepted,
            ReviewDecision.Return => ReviewStatus.Returned,
            _ => ReviewStatus.Rejected,
        };
        CheckRule(new ReviewTransitionRule(ReviewStatus, to, comment));
        ReviewStatus = to;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Demo data only: a project already curated before the system existed.</summary>
    public void MarkAccepted()
    {
        ReviewStatus = ReviewStatus.Accepted;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public void CheckCanEnterPlan() => CheckRule(new ProjectCanEnterPlanRule(ReviewStatus, State));

    public void MoveTo(ProjectState state, string? reason)
    {
        CheckRule(new ProjectStateTransitionRule(State, state, reason));
        State = state;
        TerminationReason = state == ProjectState.Terminated ? reason!.Trim() : null;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
