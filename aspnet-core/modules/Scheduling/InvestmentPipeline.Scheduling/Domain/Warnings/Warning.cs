using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain.Warnings;

/// <summary>
/// One cause of a warning: a plan project, a year and a rule. The same cause is never raised twice: a later shortfall
/// reopens this record, and every change of level is kept in <see cref="Events"/>. A red warning leaves red only when
/// its measure is back within the red threshold that raised it, so raising a threshold does not clear a shortfall.
/// </summary>
internal sealed class Warning : Entity
{
    public const int TextMaxLength = 1000;

    private readonly List<WarningEvent> events = [];

    private Warning()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Year { get; private set; }

    public WarningRuleCode Rule { get; private set; }

    // The project as the plan last described it, so that lists filter, search and page in SQL.
    public string ProjectName { get; private set; } = "";

    public string? ProjectCode { get; private set; }

    public string ResponsibleUnit { get; private set; } = "";

    public Guid ResponsibleDepartmentId { get; private set; }

    public Guid? TownId { get; private set; }

    public WarningLevel Level { get; private set; }

    public WarningStatus Status { get; private set; }

    public decimal Measure { get; private set; }

    /// <summary>The threshold the current level crossed, in the rule's unit, as it stood then.</summary>
    public decimal Threshold { get; private set; }

    public string Data { get; private set; } = "";

    public int RuleVersion { get; private set; }

    /// <summary>The month of the data the level was first seen in, and when.</summary>
    public int SinceYear { get; private set; }

    public int SinceMonth { get; private set; }

    public DateTime SinceUtc { get; private set; }

    public int EvaluatedYear { get; private set; }

    public int EvaluatedMonth { get; private set; }

    public ExemptionStatus Exemption { get; private set; }

    public string? ExemptionReason { get; private set; }

    public string? ExemptionRequestedBy { get; private set; }

    public string? ExemptionDecidedBy { get; private set; }

    public string? ExemptionComment { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>How many events the history holds: numbers them, as several can share a moment.</summary>
    public int EventCount { get; private set; }

    public IReadOnlyList<WarningEvent> Events => events;

    public static Warning Raise(PlannedProjectInfo project, WarningRule rule, WarningLevel level, WarningFinding finding, int year, int month, DateTime nowUtc)
    {
        var warning = new Warning { Id = Guid.NewGuid(), ProjectId = project.ProjectId, Year = year, Rule = rule.Code, Status = WarningStatus.Open };
        warning.Describe(project);
        warning.Enter(WarningEventKind.Raised, level, rule, finding, month, nowUtc);
        return warning;
    }

    /// <summary>The project as evaluated this month: a finding (or none, when the rule no longer applies) under the rule.</summary>
    public WarningEventKind? Observe(PlannedProjectInfo project, WarningRule rule, WarningFinding? finding, int month, DateTime nowUtc)
    {
        Describe(project);
        EvaluatedYear = Year;
        EvaluatedMonth = month;
        var level = finding is null ? null : rule.LevelFor(finding.Measure);
        if (Status == WarningStatus.Open && Level == WarningLevel.Red && (finding?.Measure ?? decimal.MinValue) > Threshold)
        {
            level = WarningLevel.Red; // not made up yet: a higher threshold since does not clear it
        }

        if (finding is not null)
        {
            Measure = finding.Measure;
            Data = Truncated(finding.Data);
        }

        if (Status == WarningStatus.Exempted)
        {
            return null;
        }

        if (level is null)
        {
            return Status == WarningStatus.Open ? Close(WarningEventKind.Resolved, finding?.Data ?? "规则不再适用（已开工、已入库、规则停用或不在考核期）", month, nowUtc) : null;
        }

        var kind = Status == WarningStatus.Resolved ? WarningEventKind.Reopened
            : level > Level ? WarningEventKind.Escalated
            : level < Level ? WarningEventKind.Reduced
            : (WarningEventKind?)null;
        if (kind is { } change)
        {
            Status = WarningStatus.Open;
            Enter(change, level.Value, rule, finding!, month, nowUtc);
        }

        return kind;
    }

    public WarningEventKind? LeavePlan(int month, DateTime nowUtc) =>
        Status == WarningStatus.Open ? Close(WarningEventKind.LeftPlan, "项目已不在本年度计划中", month, nowUtc) : null;

    public void RequestExemption(string reason, string by, DateTime nowUtc)
    {
        CheckRule(new ExemptionOnlyForOpenWarningRule(Status, Exemption));
        Exemption = ExemptionStatus.Requested;
        ExemptionReason = Truncated(reason);
        ExemptionRequestedBy = by;
        ExemptionDecidedBy = null;
        ExemptionComment = null;
        Record(WarningEventKind.ExemptionRequested, reason, EvaluatedMonth, nowUtc, by);
    }

    public void DecideExemption(bool grant, string? comment, string by, DateTime nowUtc)
    {
        CheckRule(new ExemptionMustBeRequestedRule(Exemption));
        Exemption = grant ? ExemptionStatus.Granted : ExemptionStatus.Refused;
        ExemptionDecidedBy = by;
        ExemptionComment = comment is null ? null : Truncated(comment);
        if (grant)
        {
            Status = WarningStatus.Exempted;
        }

        Record(grant ? WarningEventKind.ExemptionGranted : WarningEventKind.ExemptionRefused, comment ?? "", EvaluatedMonth, nowUtc, by);
    }

    private WarningEventKind Close(WarningEventKind kind, string why, int month, DateTime nowUtc)
    {
        Status = WarningStatus.Resolved;
        if (Exemption == ExemptionStatus.Requested)
        {
            Exemption = ExemptionStatus.None;
        }

        Record(kind, why, month, nowUtc, null);
        return kind;
    }

    private void Enter(WarningEventKind kind, WarningLevel level, WarningRule rule, WarningFinding finding, int month, DateTime nowUtc)
    {
        Level = level;
        Threshold = level == WarningLevel.Red ? rule.RedThreshold : rule.YellowThreshold;
        RuleVersion = rule.Version;
        Measure = finding.Measure;
        Data = Truncated(finding.Data);
        SinceYear = Year;
        SinceMonth = month;
        SinceUtc = nowUtc;
        EvaluatedYear = Year;
        EvaluatedMonth = month;
        Record(kind, finding.Data, month, nowUtc, null);
    }

    private void Record(WarningEventKind kind, string text, int month, DateTime nowUtc, string? by)
    {
        events.Add(new WarningEvent(Id, ++EventCount, kind, Level, Measure, Truncated(text), Year, month, nowUtc, by));
        ConcurrencyStamp = Guid.NewGuid();
    }

    private void Describe(PlannedProjectInfo project)
    {
        ProjectName = project.Name;
        ProjectCode = project.Code;
        ResponsibleUnit = project.ResponsibleDepartmentName;
        ResponsibleDepartmentId = project.ResponsibleDepartmentId;
        TownId = project.TownId;
    }

    private static string Truncated(string text) => text.Length <= TextMaxLength ? text : text[..TextMaxLength];
}

/// <summary>One entry of a warning's history; <c>By</c> is null for the system's evaluation.</summary>
internal sealed class WarningEvent
{
    private WarningEvent()
    {
    }

    public WarningEvent(Guid warningId, int sequence, WarningEventKind kind, WarningLevel level, decimal measure, string text, int year, int month, DateTime atUtc, string? by)
    {
        Id = Guid.NewGuid();
        WarningId = warningId;
        Sequence = sequence;
        Kind = kind;
        Level = level;
        Measure = measure;
        Text = text;
        Year = year;
        Month = month;
        AtUtc = atUtc;
        By = by;
    }

    public Guid Id { get; private set; }

    public Guid WarningId { get; private set; }

    public int Sequence { get; private set; }

    public WarningEventKind Kind { get; private set; }

    public WarningLevel Level { get; private set; }

    public decimal Measure { get; private set; }

    public string Text { get; private set; } = "";

    public int Year { get; private set; }

    public int Month { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? By { get; private set; }
}

internal sealed class ExemptionOnlyForOpenWarningRule(WarningStatus status, ExemptionStatus exemption) : IBusinessRule
{
    public string Code => "Scheduling.ExemptionNotOpen";

    public string Message => status != WarningStatus.Open ? "只有预警中的项目可以申请豁免" : "豁免申请已提交，等待重点办审核";

    public bool IsBroken() => status != WarningStatus.Open || exemption == ExemptionStatus.Requested;
}

internal sealed class ExemptionMustBeRequestedRule(ExemptionStatus exemption) : IBusinessRule
{
    public string Code => "Scheduling.ExemptionNotRequested";

    public string Message => "该预警没有待审核的豁免申请";

    public bool IsBroken() => exemption != ExemptionStatus.Requested;
}
