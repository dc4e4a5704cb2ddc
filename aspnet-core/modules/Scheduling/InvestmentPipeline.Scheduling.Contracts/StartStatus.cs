namespace InvestmentPipeline.Scheduling.Contracts;

/// <summary>开复工状态 a unit reports: 已开工/未开工 for 新建 and 拟开工, 已复工/未复工 for 续建, and 已竣工.</summary>
public enum StartStatus
{
    NotStarted = 1,
    Started = 2,
    NotResumed = 3,
    Resumed = 4,
    Completed = 5,
}
