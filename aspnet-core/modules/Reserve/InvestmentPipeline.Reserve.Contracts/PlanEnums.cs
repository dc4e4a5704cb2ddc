namespace InvestmentPipeline.Reserve.Contracts;

/// <summary>建设性质 of a project in the annual plan.</summary>
public enum ConstructionType
{
    New = 1,
    Continuing = 2,
    ToStart = 3,
}

/// <summary>The milestones a plan entry's schedule is worked back from (倒排工期), in the order they happen.</summary>
public enum MilestoneKind
{
    PreWorkDone = 1,
    Start = 2,
    MainWorksDone = 3,
    Completion = 4,
}

/// <summary>
/// The year's targets: a share of 续建 resumed, of 新建 started and of 拟开工 started by the end of a month,
/// and the investment to complete by the end of a month.
/// </summary>
public enum PlanTargetKind
{
    ContinuingResumed = 1,
    NewStarted = 2,
    ToStartStarted = 3,
    AnnualInvestment = 4,
}
