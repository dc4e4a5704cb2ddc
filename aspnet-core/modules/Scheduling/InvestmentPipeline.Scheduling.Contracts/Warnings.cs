namespace InvestmentPipeline.Scheduling.Contracts;

/// <summary>
/// The warning rules (红/黄预警): 开工 (planned start month passed without a start), 进度 (cumulative completion behind
/// time elapsed), 入库 (started but not in the statistics database), 前期手续 (approval steps overdue; needs the Approvals module).
/// </summary>
public enum WarningRuleCode
{
    Start = 1,
    Progress = 2,
    Statistics = 3,
    PreProcedures = 4,
}

public enum WarningLevel
{
    Yellow = 1,
    Red = 2,
}

/// <summary>预警中, 已豁免 (a justified reason accepted by 重点办), 已解除 (the shortfall made up or the project left the plan).</summary>
public enum WarningStatus
{
    Open = 1,
    Exempted = 2,
    Resolved = 3,
}

/// <summary>An exemption for a justified reason (正当理由): requested by the unit, decided by the key-projects office.</summary>
public enum ExemptionStatus
{
    None = 0,
    Requested = 1,
    Granted = 2,
    Refused = 3,
}

/// <summary>What happened to a warning, in its history.</summary>
public enum WarningEventKind
{
    Raised = 1,
    Escalated = 2,
    Reduced = 3,
    Resolved = 4,
    Reopened = 5,
    LeftPlan = 6,
    ExemptionRequested = 7,
    ExemptionGranted = 8,
    ExemptionRefused = 9,
}

public enum EvaluationTrigger
{
    Nightly = 1,
    OnDemand = 2,
}
