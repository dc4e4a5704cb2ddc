namespace InvestmentPipeline.Scheduling.Contracts;

/// <summary>The rates the district reports; each has a stored, versioned definition shown beside its figure.</summary>
public enum RateCode
{
    StartOrResumeRate = 1,
    StartRate = 2,
    ResumeRate = 3,
}

/// <summary>The project lists behind the figures of the statistics (drill-down).</summary>
public enum StatisticsFigure
{
    Plan = 1,
    New = 2,
    NewStarted = 3,
    NewNotStarted = 4,
    Continuing = 5,
    ContinuingResumed = 6,
    ContinuingNotResumed = 7,
    ToStart = 8,
    ToStartStarted = 9,
    NotStartedOrResumed = 10,
    StartedNotInStatistics = 11,
    NewOrContinuing = 12,
    StartedOrResumed = 13,
}
