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
    DateOnly? PlannedCompletion);

/// <summary>项目: the master record every module points to. Its changes are audited and form its history.</summary>
internal sealed class Project : Entity
{
    public const int NameMaxLength = 100;
    public const int UnitMaxLength = 100;
    public const int ScopeMaxLength = 2000;
    public const int ReasonMaxLength = 500;

    private Project()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name's duplicate-detection key (<see cref="ProjectNames.Normalize"/>), indexed.</summary>
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

    public string? TerminationReason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public decimal SecuredFunding => FundingSources.Where(f => f.IsSecured).Sum(f => f.Amount);

    public static Project Create(ProjectDetails details, DateTime nowUtc)
    {
        var project = new Project { Id = Guid.NewGuid(), State = ProjectState.Reserve, CreatedAtUtc = nowUtc };
        project.Change(details);
        return project;
    }

    public void Change(ProjectDetails details)
    {
        CheckRule(new ProjectCodeMustBeNationalFormatRule(details.Code));
        CheckRule(new FundingCannotExceedTotalInvestmentRule(details.TotalInvestment, details.FundingSources));
        CheckRule(new CompletionCannotPrecedeStartRule(details.PlannedStart, details.PlannedCompletion));
        Name = details.Name;
        NormalizedName = ProjectNames.Normalize(details.Name);
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
        ConcurrencyStamp = Guid.NewGuid();
    }

    public void MoveTo(ProjectState state, string? reason)
    {
        CheckRule(new ProjectStateTransitionRule(State, state, reason));
        State = state;
        TerminationReason = state == ProjectState.Terminated ? reason!.Trim() : null;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
