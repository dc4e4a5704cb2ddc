namespace InvestmentPipeline.Leads.Domain;

/// <summary>一个重点招商产业: its chain (产业链) and the companies the bureau targets, kept by the bureau as data.</summary>
internal sealed class TargetIndustry
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 50;
    public const int ChainMaxLength = 1000;
    public const int TargetsMaxLength = 2000;

    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>产业链: the links of the chain the district wants to fill, e.g. 富硒种植 → 精深加工 → 品牌营销.</summary>
    public string Chain { get; set; } = string.Empty;

    /// <summary>目标企业清单: the companies and kinds of company the bureau goes after, one per line.</summary>
    public string Targets { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid ConcurrencyStamp { get; set; }
}
