namespace InvestmentPipeline.Scheduling.Contracts;

/// <summary>问题清单: 交办 (assigned to a department by 重点办), 办理中, 已解决 (销号).</summary>
public enum ProblemStatus
{
    Assigned = 1,
    InProgress = 2,
    Resolved = 3,
}

/// <summary>What happened to a coordination problem, in its history.</summary>
public enum ProblemEventKind
{
    Assigned = 1,
    Started = 2,
    Resolved = 3,
    Reopened = 4,
    Escalated = 5,
}

/// <summary>
/// Where an overdue problem or rectification has been escalated: none, to 重点办 once its deadline has passed, and to
/// 区领导 once it is overdue by more than 15 days.
/// </summary>
public enum EscalationLevel
{
    None = 0,
    KeyProjectsOffice = 1,
    DistrictLeaders = 2,
}

/// <summary>督查方式: 现场督查, 节点督查, 反复督查, 深度督查.</summary>
public enum InspectionKind
{
    Site = 1,
    Milestone = 2,
    Repeated = 3,
    InDepth = 4,
}

/// <summary>限期整改: 待整改 → 已整改 (the department's report) → 复查 by the inspectors: 已销号, or back to 待整改 with a new deadline.</summary>
public enum RectificationStatus
{
    Open = 1,
    Rectified = 2,
    Closed = 3,
}

/// <summary>What happened to a rectification item, in its history.</summary>
public enum RectificationEventKind
{
    Assigned = 1,
    Rectified = 2,
    VerificationPassed = 3,
    VerificationFailed = 4,
    Escalated = 5,
}
