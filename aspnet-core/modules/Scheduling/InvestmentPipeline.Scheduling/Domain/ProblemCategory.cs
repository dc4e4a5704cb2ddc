namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>问题类别: why a project has not started or is blocked (拆迁未完成, 资金未落实 …); configurable.</summary>
internal sealed class ProblemCategory
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}
